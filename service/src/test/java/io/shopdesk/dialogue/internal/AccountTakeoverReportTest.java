package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTakeoverReportTest {

    @Test
    void englishReportsSomeoneElseInTheAccount() {
        for (String q : List.of("my account got hacked", "My account has been hacked!", "I think my account was hacked",
                "my account was stolen", "my shopdesk account is compromised", "I've been hacked", "I got hacked",
                "someone hacked my account", "someone hacked into my account and changed the address",
                "someone logged into my account", "someone else is logged in to my account", "somebody is using my account",
                "a stranger signed into my account last night", "someone changed my password",
                "my password was changed and it wasn't me", "my password has been changed without my permission",
                "I didn't change my password but it doesn't work anymore",
                "there's an order I didn't place", "there are orders I never made in my account",
                "I see a payment I didn't make", "I didn't place this order", "I never made that purchase",
                "someone placed an order with my account", "unauthorized orders on my account",
                "there was an unauthorised login", "a login from an unknown device", "I got an alert about a login from a new device",
                "suspicious activity on my account", "there's a login I don't recognise",
                "Someone hacked my account — what do I do?")) {
            assertThat(AccountTakeoverReport.says(q, "en")).as(q).isTrue();
        }
    }

    @Test
    void chineseReportsSomeoneElseInTheAccount() {
        for (String q : List.of("我的账号被盗了", "账号被盗了怎么办", "我被盗号了", "我的号被盗了", "账号被黑了", "我的账户好像被人盗用了",
                "有人登录了我的账号还下了单", "有人登录我的账号", "别人用我的账号下单了", "陌生设备登录了我的账号", "提示异地登录，不是我",
                "不是我下的单", "这个订单不是我下的", "我没下过这个单", "我没买过这个", "我从来没买过这个", "密码被人改了",
                "有人改了我的密码", "我没改过密码，现在密码不对了", "我的账号被人登录了", "账号里莫名其妙多了一个订单", "我的卡在你们这被盗刷了")) {
            assertThat(AccountTakeoverReport.says(q, "zh")).as(q).isTrue();
        }
    }

    @Test
    void aForgottenPasswordALockedAccountAWrongItemOrAQuestionIsNoReport() {
        for (String q : List.of("I forgot my password", "my account is locked", "my account has been frozen",
                "how do I reset my password?", "How do I change my login password?", "what if my account gets hacked?",
                "how do I protect my account from hackers?", "can my account be hacked?", "is it safe to save my card?",
                "any hacks for free shipping?", "that's a neat life hack", "I received a mug I didn't order",
                "I got an item I didn't order in my package", "my package was stolen", "someone else signed for it",
                "I didn't order this colour", "I want to cancel my order", "I can't log in",
                "my phone was stolen, how do I change the phone number on my account?")) {
            assertThat(AccountTakeoverReport.says(q, "en")).as(q).isFalse();
        }
        for (String q : List.of("忘记密码了", "账号被锁了", "我的账号被冻结了", "密码怎么重置？", "账号会被盗吗", "怎么防止被盗号",
                "如果账号被盗了怎么办", "收到的东西我没买过", "快递里有个我没买过的东西", "被人代签了", "快递被别人签收了",
                "登录不了", "我要取消订单", "账号安全吗")) {
            assertThat(AccountTakeoverReport.says(q, "zh")).as(q).isFalse();
        }
    }

    @Test
    void aMessageInTheOtherLanguageOrTooLongIsNotRead() {
        assertThat(AccountTakeoverReport.says("my account got hacked", "zh")).isFalse();
        assertThat(AccountTakeoverReport.says("我的账号被盗了", "en")).isFalse();
        assertThat(AccountTakeoverReport.says("我的账号被盗了" + "。".repeat(AccountTakeoverReport.MAX_LENGTH_ZH), "zh"))
                .isFalse();
    }
}

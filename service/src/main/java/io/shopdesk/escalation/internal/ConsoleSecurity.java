package io.shopdesk.escalation.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may see what over HTTP. The console ({@code /console/**}) and its API ({@code /api/agent/**}) need an agent or
 * supervisor login (form login against BCrypt hashes in the {@code agents} table), the review of what the bot did not
 * understand ({@code /api/nlu/review}, {@code /api/nlu/releases}, {@code /console/review.html}) a supervisor's;
 * everything else — the widget, the
 * chat API, the risk API (which checks its own API key), health — stays open as before. CSRF protects the console's
 * cookie session (token in the {@code XSRF-TOKEN} cookie, sent back as {@code X-XSRF-TOKEN}); the chat and risk APIs
 * carry no cookie session and are exempt.
 */
@Configuration
class ConsoleSecurity {
    static final String[] ROLES = {"AGENT", "SUPERVISOR"};

    @Bean
    SecurityFilterChain consoleFilterChain(HttpSecurity http) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/console/login.html", "/console/login.js", "/console/console.css", "/console/locale.js").permitAll()
                        // What the bot did not understand, labelling and releasing intent models: supervisors only.
                        .requestMatchers("/console/review.html", "/console/review.js", "/console/review-strings.js",
                                "/api/nlu/review", "/api/nlu/review/**", "/api/nlu/releases", "/api/nlu/releases/**")
                        .hasRole("SUPERVISOR")
                        .requestMatchers("/console", "/console/**", "/api/agent/**").hasAnyRole(ROLES)
                        .anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/console/login.html").loginProcessingUrl("/login")
                        .defaultSuccessUrl("/console/", true).failureUrl("/console/login.html?error").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/console/login.html?logout"))
                .csrf(c -> c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        // The token is read from the cookie by the pages' scripts, so it is compared as it is
                        // (no BREACH masking: it never appears in a compressed response body).
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers("/api/chat/**", "/api/nlu/parse"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor((request, response, ex) -> {
                    response.setStatus(401);
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.getOutputStream().write("{\"code\":\"unauthenticated\",\"message\":\"Log in as an agent\"}"
                            .getBytes(StandardCharsets.UTF_8));
                }, api))
                // Writes the XSRF-TOKEN cookie on every response, so that a static page (the login form) can read it.
                .addFilterAfter(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
                        if (token != null) {
                            token.getToken();
                        }
                        chain.doFilter(request, response);
                    }
                }, BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService agentLogins(AgentRepository agents) {
        return username -> agents.login(username)
                .map(l -> User.withUsername(l.agent().username()).password(l.passwordHash()).roles(l.agent().role())
                        .disabled(!l.enabled()).build())
                .orElseThrow(() -> new UsernameNotFoundException("No agent " + username));
    }
}

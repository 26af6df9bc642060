-- Demo console users, all with the password "shopdesk" (BCrypt). Drop db/demo from the Flyway locations in production
-- and create real agents instead (see README).
INSERT INTO agents (username, password_hash, display_name, role, team) VALUES
    ('agent1',     '$2a$10$UuenaHoP1aHijylhC2fl3.HpSbb7Zlww8q1L84EryqHTOXW8oQVOe', '李娜 Li Na',     'AGENT',      'general'),
    ('agent2',     '$2a$10$UuenaHoP1aHijylhC2fl3.HpSbb7Zlww8q1L84EryqHTOXW8oQVOe', '王伟 Wang Wei',  'AGENT',      'payments'),
    ('agent3',     '$2a$10$UuenaHoP1aHijylhC2fl3.HpSbb7Zlww8q1L84EryqHTOXW8oQVOe', '陈杰 Chen Jie',  'AGENT',      'logistics'),
    ('supervisor', '$2a$10$UuenaHoP1aHijylhC2fl3.HpSbb7Zlww8q1L84EryqHTOXW8oQVOe', '张敏 Zhang Min', 'SUPERVISOR', 'general');

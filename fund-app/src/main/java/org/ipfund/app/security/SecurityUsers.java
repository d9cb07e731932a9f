package org.ipfund.app.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users, from configuration: {@code fund.security.users[N].username}, {@code .password} (a BCrypt hash,
 * {@code {bcrypt}…}, or {@code {noop}…} for tests and demos) and {@code .roles}.
 */
@ConfigurationProperties("fund.security")
public class SecurityUsers {

    private List<User> users = new ArrayList<>();

    public List<User> getUsers() {
        return users;
    }

    public void setUsers(List<User> users) {
        this.users = users;
    }

    /** One configured user. */
    public static class User {
        private String username;
        private String password;
        private Set<Role> roles = Set.of();

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public Set<Role> getRoles() {
            return roles;
        }

        public void setRoles(Set<Role> roles) {
            this.roles = roles;
        }
    }
}

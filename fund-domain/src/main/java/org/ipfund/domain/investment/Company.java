package org.ipfund.domain.investment;

import java.util.Locale;
import java.util.Objects;

/** The company or IP project a deal invests in. The fund knows a company by its name. */
public record Company(String name, String sector, String country, String region) {

    public Company {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a company name is 1 to 200 characters and not blank");
        }
        name = name.strip();
    }

    /** Two deals are in the same company when their names match, ignoring case and spacing. */
    boolean isSameAs(Company other) {
        return key().equals(other.key());
    }

    private String key() {
        return name.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

package org.ipfund.domain.fund;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ipfund.domain.FundId;

/**
 * A "1+N" family: the guidance or mother fund (the parent) and all its sub-funds. A party names one of them when it
 * gives a member's id or name, ignoring case and spaces (ideographic ones too): such a party is the family's own money.
 */
public record FundFamily(FundId parent, Map<FundId, String> members) {

    public FundFamily {
        Objects.requireNonNull(parent, "parent");
        members = Map.copyOf(members);
    }

    /** Whether {@code party} (an id or a name) is a fund of this family. */
    public boolean includes(String party) {
        return party != null && keys().contains(key(party));
    }

    /** Every id and name of the family's funds, as {@link #key(String)} gives them. */
    public Set<String> keys() {
        Set<String> keys = new HashSet<>();
        members.forEach((id, name) -> {
            keys.add(key(id.value()));
            if (name != null) {
                keys.add(key(name));
            }
        });
        return keys;
    }

    /** A party's id or name as it is compared: lower case, without any white space. */
    public static String key(String party) {
        StringBuilder key = new StringBuilder(party.length());
        party.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }
}

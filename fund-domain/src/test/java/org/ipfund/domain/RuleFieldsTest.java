package org.ipfund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.fund.CreateSubFund;
import org.ipfund.domain.fund.LaunchFund;
import org.ipfund.domain.fund.RecordCommitment;
import org.ipfund.domain.investment.RecordFollowOnInvestment;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.AmendPolicy;
import org.junit.jupiter.api.Test;

/**
 * A rule names the field it judged in the command's own words: a path of the command's record components that
 * stops at a {@link Money}, which is judged whole. Whether its amount or its currency was at fault is what the
 * rule says; where that money sits in an HTTP request is the app's business, not the domain's.
 */
class RuleFieldsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern DOTTED_NAME = Pattern.compile("\\.?[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");

    @Test
    void everyFieldPathTheDomainSpellsIsAPathOfACommandStoppingAtMoney() throws IOException {
        List<Class<?>> commands = commands();
        assertThat(commands).as("the commands found").contains(LaunchFund.class, RecordFollowOnInvestment.class);

        List<String> strays = dottedNamesInSources().stream()
                .filter(path -> commands.stream().noneMatch(command -> isComponentPath(command, path)))
                .toList();

        assertThat(strays)
                .as("field paths in fund-domain that are no path of a command's components (a request's JSON path"
                        + " such as amount.currency belongs in fund-app's mapping)")
                .isEmpty();
    }

    @Test
    void aPathIntoMoneyOrPastTheCommandIsNoCommandField() {
        assertThat(isComponentPath(RecordCommitment.class, "amount")).isTrue();
        assertThat(isComponentPath(RecordFollowOnInvestment.class, "lead.amount")).isTrue();
        assertThat(isComponentPath(RecordFollowOnInvestment.class, "lead.date")).isTrue();
        assertThat(isComponentPath(LaunchFund.class, "policy.terms.shareCapAmount")).isTrue();
        assertThat(isComponentPath(AmendPolicy.class, "terms.effectiveFrom")).isTrue();

        assertThat(isComponentPath(RecordCommitment.class, "amount.amount")).isFalse();
        assertThat(isComponentPath(RecordCommitment.class, "amount.currency")).isFalse();
        assertThat(isComponentPath(CreateSubFund.class, "parentCommitment.amount")).isFalse();
        assertThat(isComponentPath(RecordFollowOnInvestment.class, "lead.amount.currency")).isFalse();
        assertThat(isComponentPath(LaunchFund.class, "policy.shareCapAmount")).isFalse();
        assertThat(isComponentPath(RecordCommitment.class, ".currency")).isFalse();
    }

    /**
     * Whether {@code path} walks the record components of {@code command}, through lists to their elements, and
     * descends into no {@link Money} and no other value that is not a record.
     */
    static boolean isComponentPath(Class<?> command, String path) {
        Type type = command;
        for (String name : path.split("\\.", -1)) {
            Class<?> owner = classOf(type);
            if (owner == null || !owner.isRecord() || owner == Money.class) {
                return false;
            }
            Optional<RecordComponent> component = Arrays.stream(owner.getRecordComponents())
                    .filter(candidate -> candidate.getName().equals(name))
                    .findFirst();
            if (component.isEmpty()) {
                return false;
            }
            type = component.get().getGenericType();
        }
        return true;
    }

    private static Class<?> classOf(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class
                && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    /** Every record addressed to an aggregate. */
    private static List<Class<?>> commands() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ipfund.domain")
                .stream()
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .filter(record -> Arrays.stream(record.getDeclaredFields())
                        .anyMatch(field -> field.isAnnotationPresent(TargetAggregateIdentifier.class)))
                .<Class<?>>map(record -> record)
                .toList();
    }

    /** String literals in the domain's sources that are a dotted name or a suffix such as {@code ".currency"}. */
    private static TreeSet<String> dottedNamesInSources() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                Matcher literal = STRING_LITERAL.matcher(code);
                while (literal.find()) {
                    String text = literal.group(1);
                    if (text.contains(".") && DOTTED_NAME.matcher(text).matches()) {
                        names.add(text);
                    }
                }
            }
        }
        return names;
    }
}

package org.ipfund.app.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.ipfund.domain.RecordedFact;
import org.ipfund.projections.ledger.LedgerAccount;
import org.junit.jupiter.api.Test;

/**
 * The auditors' pages speak both languages: every word of the audit bundle exists in Chinese and English, every kind
 * of event has a name (a new fact without one would show its class name on the history page) and so has every
 * account of the ledger.
 */
class AuditWordsTest {

    private final Properties chinese = bundle("i18n/audit.properties");
    private final Properties english = bundle("i18n/audit_en.properties");

    @Test
    void everyAuditWordExistsInBothLanguages() {
        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
        chinese.stringPropertyNames().forEach(key -> assertThat(chinese.getProperty(key)).as(key).isNotBlank());
        english.stringPropertyNames().forEach(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyKindOfRecordedEventHasANameOnTheHistoryPage() {
        List<String> events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ipfund.domain").stream()
                .filter(type -> type.isAssignableTo(RecordedFact.class) && !type.isInterface()
                        && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getSimpleName).toList();
        assertThat(events).contains("CommitmentRecorded", "InvestorRegistered");
        events.forEach(event -> assertThat(chinese).as(event).containsKey("audit.event." + event));
    }

    @Test
    void everyLedgerAccountHasAName() {
        Arrays.stream(LedgerAccount.values()).forEach(account ->
                assertThat(chinese).as(account.name()).containsKey("audit.account." + account.name()));
    }

    private static Properties bundle(String resource) {
        Properties words = new Properties();
        try (InputStream in = AuditWordsTest.class.getClassLoader().getResourceAsStream(resource)) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        return words;
    }
}

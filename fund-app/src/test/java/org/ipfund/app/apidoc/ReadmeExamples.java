package org.ipfund.app.apidoc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every curl example of README.md: each command in a fenced code block (a quoted body may run over several lines),
 * and each {@code `curl …`} quoted in the text.
 */
final class ReadmeExamples {

    private static final Pattern INLINE = Pattern.compile("`(curl [^`]+)`");

    private ReadmeExamples() {
    }

    static List<CurlExample> in(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        List<CurlExample> examples = new ArrayList<>();
        boolean inCode = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("```")) {
                inCode = !inCode;
            } else if (inCode && line.startsWith("curl ")) {
                int first = i;
                StringBuilder command = new StringBuilder(line);
                while (!complete(command.toString())) {
                    if (++i == lines.size()) {
                        throw new IllegalStateException("README.md line " + (first + 1) + ": a quote never closes");
                    }
                    command.append('\n').append(lines.get(i));
                }
                examples.add(CurlExample.parse(command.toString(), first + 1));
            } else if (!inCode) {
                Matcher inline = INLINE.matcher(line);
                while (inline.find()) {
                    examples.add(CurlExample.parse(inline.group(1), i + 1));
                }
            }
        }
        return examples;
    }

    /** README.md at the root of the repository, whichever module's directory the tests run in. */
    static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir.resolve("README.md");
            }
        }
        throw new IllegalStateException("no README.md beside mvnw above " + Path.of("").toAbsolutePath());
    }

    private static boolean complete(String command) {
        try {
            ShellWords.of(command);
            return true;
        } catch (ShellWords.Unterminated open) {
            return false;
        }
    }
}

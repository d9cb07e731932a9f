package org.ipfund.app.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests before Spring runs (a malformed request line, an oversized header, an encoded slash):
 * its error report valve writes that answer, as problem details here instead of Tomcat's HTML page. The detail is the
 * status's reason only: Tomcat's message may echo the request.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = ErrorProblems.statusOf(code);
        ProblemDetail problem = Problems.of(status, ErrorProblems.codeOf(status), status.getReasonPhrase());
        // written by hand: the valve is Tomcat's, made before Spring's ObjectMapper, and every value is plain text
        String body = """
                {"type":"%s","title":"%s","status":%d,"detail":"%s","code":"%s"}"""
                .formatted(problem.getType(), problem.getTitle(), problem.getStatus(), problem.getDetail(),
                        problem.getProperties().get("code"));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // the client is gone or the response was committed meanwhile: nothing more to tell it
        }
    }

    /** Installs the valve on the host, where Tomcat looks for it even before a request is mapped to the application. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }
    }
}

package org.ipfund.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The fund's books of record: an event-sourced service over PostgreSQL. */
@SpringBootApplication(scanBasePackages = "org.ipfund")
public class FundApplication {

    public static void main(String[] args) {
        SpringApplication.run(FundApplication.class, args);
    }
}

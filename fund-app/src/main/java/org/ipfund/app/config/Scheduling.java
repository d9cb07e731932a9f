package org.ipfund.app.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work: keeping the tamper-evidence chains up to date with the settled events. */
@Configuration
@EnableScheduling
public class Scheduling {
}

package org.ipfund.app.config;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;

/**
 * Axon's units of work in Spring transactions, except that a rollback that fails is logged, not thrown. It fails
 * when the database connection is already gone (an outage), and PostgreSQL discards an open transaction with its
 * connection anyway. Thrown, that failure can leave a view processor's work package stuck after the outage
 * (Axon 4.13: the batch neither aborts nor runs again), so the view never catches up without a restart.
 */
@Configuration
public class AxonTransactions {

    private static final Logger LOG = LoggerFactory.getLogger(AxonTransactions.class);

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        SpringTransactionManager spring = new SpringTransactionManager(transactions);
        return () -> {
            Transaction transaction = spring.startTransaction();
            return new Transaction() {
                @Override
                public void commit() {
                    transaction.commit();
                }

                @Override
                public void rollback() {
                    try {
                        transaction.rollback();
                    } catch (TransactionException | DataAccessException connectionGone) {
                        LOG.warn("Rollback failed ({}); the database discards the transaction with its connection",
                                connectionGone.getMessage());
                    }
                }
            };
        };
    }
}

package org.ipfund.domain.policy;

/**
 * How a ceded exit's proceeds relate to its policy price. The national rule (财企〔2007〕128号) and most provincial ones
 * write "not lower than" the price; a rule that fixed the price exactly would be another value here.
 */
public enum CededExitPricing {
    AT_LEAST
}

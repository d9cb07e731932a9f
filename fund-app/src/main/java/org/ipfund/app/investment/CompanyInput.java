package org.ipfund.app.investment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.domain.investment.Company;

/** The company or IP project a deal invests in, as the API receives it. */
public record CompanyInput(@NotBlank @Size(max = 200) String name,
                           @Size(max = 100) String sector,
                           @Size(max = 100) String country,
                           @Size(max = 100) String region) {

    Company toCompany() {
        return new Company(InvalidInput.notBlank("company.name", name), sector, country, region);
    }
}

package org.cishan.donation.web;

import java.time.LocalDate;
import java.util.UUID;
import org.cishan.donation.query.donationsummary.DonationSummaryView;
import org.cishan.donation.query.projectfunding.ProjectFundingView;
import org.cishan.donation.receipt.ChineseAmountInWords;

/**
 * A charitable donation receipt (公益事业捐赠票据) with the fields it carries: number, donor and their ID
 * card or credit code where given, the amount in figures and — for renminbi — in capital words
 * (大写), the project's code and name for a restricted gift, the date and the issuer.
 *
 * @param amountInWords {@code null} for a currency other than CNY
 * @param projectCode {@code null} for an unrestricted gift, or while the project has no code
 */
public record ReceiptResponse(
    String receiptNumber,
    UUID donationId,
    String donorName,
    String donorIdNumber,
    MoneyResponse amount,
    String amountInWords,
    UUID projectId,
    String projectCode,
    String projectTitle,
    LocalDate issuedOn,
    String issuer) {

  static ReceiptResponse of(DonationSummaryView donation, ProjectFundingView project) {
    DonationSummaryView.Receipt receipt = donation.receipt();
    return new ReceiptResponse(
        receipt.receiptNumber(),
        donation.donationId(),
        donation.donorName(),
        donation.donorIdNumber(),
        new MoneyResponse(donation.minorUnits(), donation.currency()),
        "CNY".equals(donation.currency())
            ? "人民币" + ChineseAmountInWords.of(donation.minorUnits())
            : null,
        donation.projectId(),
        project == null ? null : project.code(),
        project == null ? null : project.title(),
        receipt.issuedOn(),
        receipt.issuer());
  }
}

namespace Rgiem.Core.Validation;

/// <summary>The rows of a statistics table (Annex B of a progress report): what each row counts.</summary>
public enum StatisticsMeasure
{
    Participants,
    Africa,
    Americas,
    ArabStates,
    AsiaPacific,
    Cis,
    Europe,
    Tsb,
    Documents,
    Report,
}

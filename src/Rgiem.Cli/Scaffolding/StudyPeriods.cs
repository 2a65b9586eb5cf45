namespace Rgiem.Cli.Scaffolding;

/// <summary>
/// ITU-T study periods: four years from one WTSA to the next, 2025-2028 and on; 2022-2024 was three years,
/// and the 2017-2020 period ran into 2021. The scaffold's guess; the user can change it in rgiem.yaml.
/// </summary>
internal static class StudyPeriods
{
    public static string For(DateOnly date)
    {
        int first = date.Year switch
        {
            >= 2025 => 2025 + ((date.Year - 2025) / 4 * 4),
            >= 2022 => 2022,
            >= 2017 => 2017,
            _ => 2017 - ((2016 - date.Year) / 4 * 4) - 4,
        };
        int last = first == 2022 ? 2024 : first + 3;
        return $"{first}-{last}";
    }
}

namespace Rgiem.Core.Diagnostics;

/// <summary>RG5xxx.</summary>
public static class DateTimeDescriptors
{
    private const string Category = " dates, weekdays, sessions and time ranges:DatesAndTimes";

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}

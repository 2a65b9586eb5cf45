using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Writers;

/// <summary>
/// Writes Word fields as complex fields — <c>fldChar begin</c>, <c>instrText</c>, <c>fldChar separate</c>, the result's
/// runs, <c>fldChar end</c> — never as <c>w:fldSimple</c>: readers that do not evaluate fields (python-docx, a
/// paragraph's runs) see the cached result as ordinary runs. The result must be the value the field shows, so that
/// nothing has to be updated on opening.
/// </summary>
internal static class FieldRuns
{
    /// <summary>The runs of a field whose instruction is <paramref name="instruction"/> (spaces around it added) and whose result is <paramref name="result"/>.</summary>
    public static IReadOnlyList<Run> Complex(string instruction, string result) =>
        [.. Begin(instruction), InlineWriter.TextRun(result), End()];

    /// <summary>The runs before a field's result: begin, the instruction, separate.</summary>
    public static IReadOnlyList<Run> Begin(string instruction) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" " + instruction.Trim() + " ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
    ];

    /// <summary>The run that closes a field.</summary>
    public static Run End() => new(new FieldChar { FieldCharType = FieldCharValues.End });
}

using System.Text;

namespace Rgiem.Docx.Import;

/// <summary>One complex field being read: its instruction, whether its result is being read, and what becomes of it.</summary>
internal sealed class FieldFrame
{
    public StringBuilder Instruction { get; } = new();

    public bool InResult { get; set; }

    /// <summary>The result is left out (a table of contents: rgiem makes its own).</summary>
    public bool Skip { get; set; }

    /// <summary>For a HYPERLINK field: the link target, and the inlines of its result.</summary>
    public string? Link { get; set; }

    public List<InlineSegment>? Result { get; set; }

    /// <summary>The first word of the instruction, in capitals (SEQ, REF, TOC…).</summary>
    public string Kind
    {
        get
        {
            string text = Instruction.ToString().Trim();
            int space = text.IndexOfAny([' ', '\t']);
            return (space < 0 ? text : text[..space]).ToUpperInvariant();
        }
    }
}

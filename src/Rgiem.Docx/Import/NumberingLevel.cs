namespace Rgiem.Docx.Import;

/// <summary>One level of a Word list: its number format (decimal, upperLetter, bullet…), its text (<c>%1.%2</c>), where it starts, and the paragraph style it is tied to.</summary>
internal sealed record NumberingLevel(int Level, string Format, string Text, int Start, string? Style)
{
    public bool IsBullet => Format is "bullet" or "none";
}

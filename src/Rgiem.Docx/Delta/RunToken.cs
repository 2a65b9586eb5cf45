using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Delta;

/// <summary>
/// One unit of a paragraph's text for the word-level diff: a word, a run of spaces or a punctuation mark
/// (<see cref="Element"/> null), or a tab, break or drawing (<see cref="Element"/> the element; <see cref="Key"/>
/// its name, so that two renderings of the same logo compare equal). <see cref="Properties"/> is the run's formatting.
/// </summary>
internal sealed record RunToken(string Key, OpenXmlElement? Element, RunProperties? Properties, string PropertiesXml);

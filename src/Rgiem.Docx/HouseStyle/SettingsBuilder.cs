using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.HouseStyle;

/// <summary>
/// Builds <c>settings.xml</c>: Word 2013+ compatibility, default tab stop, language, and change tracking switched on
/// for a delta. Never <c>updateFields</c>: Word would ask on every open whether to update fields that "may refer to
/// other files"; every field rgiem writes carries its result already (docs/word-compatibility.md).
/// </summary>
internal static class SettingsBuilder
{
    /// <param name="language">The record's language tag.</param>
    /// <param name="trackRevisions">Switch change tracking on, so that the next editor's changes are tracked too (a delta).</param>
    public static Settings Build(string language, bool trackRevisions = false)
    {
        var settings = new Settings();
        settings.Append(new Zoom { Percent = "100" });
        if (trackRevisions)
        {
            settings.Append(new TrackRevisions());
        }

        settings.Append(new DefaultTabStop { Val = 794 });
        settings.Append(new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });

        var compatibility = new Compatibility();
        compatibility.Append(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        });
        settings.Append(compatibility);
        settings.Append(new ThemeFontLanguages { Val = language });
        settings.Append(new DecimalSymbol { Val = "." });
        settings.Append(new ListSeparator { Val = "," });
        return settings;
    }
}

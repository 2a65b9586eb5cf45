using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.HouseStyle;

/// <summary>Builds <c>settings.xml</c>: Word 2013+ compatibility, default tab stop, language, no tracking, and <c>updateFields</c> when the document has fields Word should refresh.</summary>
internal static class SettingsBuilder
{
    /// <param name="language">The record's language tag.</param>
    /// <param name="updateFields">Ask Word to refresh the fields on opening (a table of contents, DOCPROPERTY fields).</param>
    public static Settings Build(string language, bool updateFields = false)
    {
        var settings = new Settings();
        settings.Append(new Zoom { Percent = "100" });
        settings.Append(new DefaultTabStop { Val = 794 });
        settings.Append(new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
        if (updateFields)
        {
            settings.Append(new UpdateFieldsOnOpen { Val = true });
        }

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

using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import.Edits;
using Rgiem.Docx.Import.Edits;
using Rgiem.Docx.Tests.Critic;
using Rgiem.Testing;
using static Rgiem.Docx.Tests.Critic.EditsHarness;

namespace Rgiem.Docx.Tests.Import;

/// <summary>
/// Tracked changes of the cover (title, place, a contact's e-mail, a keyword, the abstract) come back into the front
/// matter: as CriticMarkup inside the values, or with --accept as the values themselves, each written
/// in its own span and style (quoted, flow, block list, folded), the rest of the YAML (its comments too) untouched.
/// </summary>
public sealed class EditsCoverTests
{
    private const string Record = """
        ---
        number: TSAG-TD521
        group: RG-IEM
        parent: TSAG
        study-period: 2022-2024
        meeting: {place: Geneva, from: 2024-07-29, to: 2024-08-02}   # the July meeting
        source: Rapporteur, TSAG RG-IEM
        title: "Draft report of the RG-IEM meeting"
        purpose: 'Report'
        contacts:
          - name: Glenn Parsons
            organization: Ericsson
            country: Canada
            email: rapporteur@example.org
        keywords:
          - TSAG
          - metrics
        abstract: >-
          This TD contains the draft report of the session of the TSAG Rapporteur Group
          on Industry Engagement, Metrics.
        ---

        # 1 Introduction

        The group met on Tuesday, chaired by the Rapporteur.

        """;

    private const string By = "@Ed Itor 2026-12-01T09:30Z: ";

    private static byte[] Edited() => new WordEdits(Build(Record))
        .Replace("Draft report", "Final report")
        .Replace("Geneva", "Lausanne")
        .Replace("rapporteur@example.org", "chair@example.org")
        .Replace("metrics", "statistics")
        .Insert("Engagement, Metrics.", " It lists the actions.")
        .Save();

    [Fact]
    public void Without_accept_each_change_is_criticmarkup_in_its_value()
    {
        var (text, diagnostics) = ImportEdits(Record, Edited(), accept: false);

        string expected = Record
            .Replace("{place: Geneva,", "{place: \"{~~" + By + "Geneva~>Lausanne~~}\",", StringComparison.Ordinal)
            .Replace("title: \"Draft report", "title: \"{~~" + By + "Draft report~>Final report~~}", StringComparison.Ordinal)
            .Replace("email: rapporteur@example.org", "email: \"{~~" + By + "rapporteur@example.org~>chair@example.org~~}\"", StringComparison.Ordinal)
            .Replace("  - metrics", "  - \"{~~" + By + "metrics~>statistics~~}\"", StringComparison.Ordinal)
            .Replace("abstract: >-\n  This TD contains the draft report of the session of the TSAG Rapporteur Group\n  on Industry Engagement, Metrics.",
                "abstract: \"This TD contains the draft report of the session of the TSAG Rapporteur Group on Industry Engagement, Metrics.{++" + By + " It lists the actions.++}\"", StringComparison.Ordinal);
        Assert.Equal(Lines(expected), Lines(text));
        Assert.Equal(Enumerable.Repeat("RG8248", 5), diagnostics.Select(d => d[..6]));

        // The record reads the values with the changes accepted, and a second import adds nothing.
        var (bound, problems) = Records.Bind(text);
        Assert.True(bound is not null, string.Join("; ", problems));
        Assert.Equal("Final report of the RG-IEM meeting", bound.Record.Metadata.Title);
        Assert.Equal(["TSAG", "statistics"], bound.Record.Metadata.Keywords);
        Assert.Equal("Lausanne", bound.Record.Metadata.Meeting!.Place);
        var (again, second) = ImportEdits(text, Edited(), accept: false);
        Assert.Equal(text, again);
        Assert.Equal(["RG8245"], second.Select(d => d[..6]));
    }

    [Fact]
    public void With_accept_each_value_is_replaced_in_its_own_span_and_style()
    {
        var (text, diagnostics) = ImportEdits(Record, Edited(), accept: true);

        string expected = Record
            .Replace("place: Geneva,", "place: Lausanne,", StringComparison.Ordinal)
            .Replace("title: \"Draft report", "title: \"Final report", StringComparison.Ordinal)
            .Replace("email: rapporteur@example.org", "email: chair@example.org", StringComparison.Ordinal)
            .Replace("  - metrics", "  - statistics", StringComparison.Ordinal)
            .Replace("  This TD contains the draft report of the session of the TSAG Rapporteur Group\n  on Industry Engagement, Metrics.",
                "  This TD contains the draft report of the session of the TSAG Rapporteur Group on Industry\n  Engagement, Metrics. It lists the actions.", StringComparison.Ordinal);
        Assert.Equal(Lines(expected), Lines(text));
        Assert.Empty(diagnostics);

        var (bound, problems) = Records.Bind(text);
        Assert.True(bound is not null, string.Join("; ", problems));
        var metadata = bound.Record.Metadata;
        Assert.Equal("Final report of the RG-IEM meeting", metadata.Title);
        Assert.Equal("Lausanne", metadata.Meeting!.Place);
        Assert.Equal("chair@example.org", metadata.Contacts[0].Email);
        Assert.Equal(["TSAG", "statistics"], metadata.Keywords);
        Assert.EndsWith("Metrics. It lists the actions.", metadata.Abstract, StringComparison.Ordinal);

        // The edited document has nothing the accepted record lacks.
        var (again, second) = ImportEdits(text, Edited(), accept: true);
        Assert.Equal(text, again);
        Assert.Equal(["RG8245"], second.Select(d => d[..6]));
    }

    [Fact]
    public void A_plain_value_that_would_read_otherwise_is_quoted_and_a_value_from_the_defaults_is_added_to_the_record()
    {
        string record = Record.Replace("source: Rapporteur, TSAG RG-IEM\n", string.Empty, StringComparison.Ordinal);
        byte[] built = Build(Record);
        byte[] edited = new WordEdits(built).Replace("Rapporteur, TSAG RG-IEM", "Rapporteur: TSAG RG-IEM").Save();

        // The document was built with 'source' (as rgiem.yaml's defaults would give it); the record does not set it.
        var (text, diagnostics) = ImportEdits(record, edited, accept: true);

        Assert.Contains("abstract: >-", text, StringComparison.Ordinal);
        Assert.Contains("  on Industry Engagement, Metrics.\nsource: \"Rapporteur: TSAG RG-IEM\"\n---\n", text, StringComparison.Ordinal);
        Assert.Equal(["RG8249"], diagnostics.Select(d => d[..6]));
        Assert.Equal("Rapporteur: TSAG RG-IEM", Records.Bind(text).Record!.Record.Metadata.Source);
    }

    [Fact]
    public void The_rows_of_a_liaison_statement_and_a_contact_in_a_flow_mapping_are_rewritten_in_place()
    {
        const string liaison = """
            ---
            type: LS
            group: RG-IEM
            parent: TSAG
            study-period: 2022-2024
            questions: N/A
            meeting: {place: Geneva, from: 2024-07-29, to: 2024-08-02}
            source: TSAG
            title: LS on indicators of industry engagement
            for-action: [ITU-D SG1]
            for-information: [ITU-R RAG]
            approval: Agreed to at the TSAG meeting (Geneva, 2 August 2024)
            deadline: 2024-11-15
            contacts:
              - {name: Glenn Parsons, organization: Ericsson, country: Canada, email: rapporteur@example.org}
            abstract: TSAG informs ITU-D SG1 of the indicators it uses.
            ---

            TSAG kindly asks for a reply before its next meeting.

            """;
        byte[] edited = new WordEdits(Build(liaison))
            .Replace("RAG", "SG5")
            .Replace("15 November", "22 November")
            .Replace("rapporteur@example.org", "chair@example.org")
            .Save();

        var (text, diagnostics) = ImportEdits(liaison, edited, accept: true);

        Assert.Empty(diagnostics);
        Assert.Equal(
            liaison.Replace("[ITU-R RAG]", "[ITU-R SG5]", StringComparison.Ordinal)
                .Replace("deadline: 2024-11-15", "deadline: 2024-11-22", StringComparison.Ordinal)
                .Replace("email: rapporteur@example.org}", "email: chair@example.org}", StringComparison.Ordinal),
            text);
    }

    [Fact]
    public void A_contact_row_added_or_removed_is_reported_not_guessed()
    {
        using var folder = new TempFolder();
        var diagnostics = new DiagnosticBag();
        var document = EditedDocumentReader.Read(folder.Write("edited.docx", Edited()), "edited.docx", diagnostics)!;
        document = document with { CoverAfter = document.CoverAfter! with { Contacts = [] } };

        var result = RecordEdits.Apply(Records.Bind(Record).Record!, document, accept: true, "edited.docx", diagnostics);

        var warning = Assert.Single(diagnostics.ToList(), d => d.Id == "RG8250");
        Assert.Contains("'contacts'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("email: rapporteur@example.org", result.Text, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Lines(string text) => text.Split('\n');


}

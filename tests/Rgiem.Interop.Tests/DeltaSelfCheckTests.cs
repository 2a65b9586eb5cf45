using System.Text.RegularExpressions;
using Rgiem.Testing;

namespace Rgiem.Interop.Tests;

/// <summary>
/// The delta self-check with independent readers: for every pair of the corpus, accepting every revision must
/// give the text of the new version and rejecting every revision the text of the old one, as pandoc
/// (<c>--track-changes=accept|reject</c>) and LibreOffice (its own accept-all and reject-all) read them. The
/// references are the deltas of each version with itself (no revisions), read the same way.
/// </summary>
public partial class DeltaSelfCheckTests
{
    [SkippableTheory]
    [MemberData(nameof(DeltaCorpus.Names), MemberType = typeof(DeltaCorpus))]
    public void Pandoc_accepts_to_the_new_text_and_rejects_to_the_old_text(string name)
    {
        string pandoc = ExternalTools.Pandoc;
        var pair = DeltaCorpus.Get(name);
        using var folder = new TempFolder();
        string delta = folder.Write("delta.docx", DeltaCorpus.Render(pair.Old, pair.New).Docx);
        string newDocx = folder.Write("new.docx", DeltaCorpus.Render(pair.New, pair.New).Docx);
        string oldDocx = folder.Write("old.docx", DeltaCorpus.Render(pair.Old, pair.Old).Docx);

        Assert.Equal(Words(Pandoc(pandoc, newDocx, "accept")), Words(Pandoc(pandoc, delta, "accept")));
        Assert.Equal(Words(Pandoc(pandoc, oldDocx, "accept")), Words(Pandoc(pandoc, delta, "reject")));
    }

    [SkippableFact]
    public void LibreOffice_accepts_to_the_new_text_and_rejects_to_the_old_text_on_every_pair()
    {
        string soffice = ExternalTools.Soffice;
        string python = ExternalTools.PythonWithUno;
        using var folder = new TempFolder();
        var files = new List<string>();
        foreach (var pair in DeltaCorpus.Pairs)
        {
            files.Add(folder.Write(pair.Name + "-delta.docx", DeltaCorpus.Render(pair.Old, pair.New).Docx));
            files.Add(folder.Write(pair.Name + "-new.docx", DeltaCorpus.Render(pair.New, pair.New).Docx));
            files.Add(folder.Write(pair.Name + "-old.docx", DeltaCorpus.Render(pair.Old, pair.Old).Docx));
        }

        string output = folder.Combine("txt");
        Directory.CreateDirectory(output);
        string script = Path.Combine(AppContext.BaseDirectory, "Scripts", "lo_track_changes.py");
        var (exitCode, stdout, stderr) = ExternalTools.Run(python, [script, soffice, folder.Combine("profile"), output, .. files], folder.FullPath, timeoutSeconds: 600);
        Assert.True(exitCode == 0, $"LibreOffice script failed ({exitCode}):\n{stdout}\n{stderr}");

        string Read(string name, string mode) => File.ReadAllText(Path.Combine(output, name + ".docx." + mode + ".txt"));
        var failures = new List<string>();
        foreach (var pair in DeltaCorpus.Pairs)
        {
            if (Words(Read(pair.Name + "-delta", "accept")) != Words(Read(pair.Name + "-new", "accept")))
            {
                failures.Add(pair.Name + ": accept");
            }

            // LibreOffice 7.4 loses the paragraph break between a matched paragraph and the following paragraph
            // when it rejects paragraphs inserted between them (Word keeps it): compare without white space.
            if (Letters(Read(pair.Name + "-delta", "reject")) != Letters(Read(pair.Name + "-old", "accept")))
            {
                failures.Add(pair.Name + ": reject");
            }
        }

        Assert.True(failures.Count == 0, "LibreOffice's text differs for: " + string.Join(", ", failures));
    }

    private static string Pandoc(string pandoc, string docx, string mode)
    {
        var (exitCode, output, error) = ExternalTools.Run(pandoc, ["--track-changes=" + mode, "-t", "plain", "--wrap=none", docx]);
        Assert.True(exitCode == 0, error);
        return output;
    }

    /// <summary>
    /// The words of a text: white space collapsed, and tokens made only of dashes, bars and plus signs dropped:
    /// table rules (whose lengths follow the column widths) and the marks of what pandoc 2.17 keeps empty, since
    /// it ignores paragraph-mark and table-row revisions (the bullet of a deleted list item, an empty row).
    /// </summary>
    private static string Words(string text) => string.Join(' ', Space().Split(text.Replace("\uFEFF", string.Empty, StringComparison.Ordinal)).Where(w => w.Length > 0 && !Rule().IsMatch(w)));

    private static string Letters(string text) => Space().Replace(text.Replace("\uFEFF", string.Empty, StringComparison.Ordinal), string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"^[-|+]+$")]
    private static partial Regex Rule();
}

using System.Collections.Concurrent;
using CsCheck;
using Rgiem.Core.Compilation;
using Rgiem.Docx;
using Rgiem.Docx.Tests.Properties;
using Rgiem.Testing;

namespace Rgiem.Interop.Tests;

/// <summary>
/// The documents of the real-client gate: every kind rgiem writes (<see cref="OutputCorpus"/>) and a few documents
/// of the property tests' generated records (a fixed seed, the first that build), written once per test run to the
/// scratch folder.
/// </summary>
public static class GateDocuments
{
    private const string Seed = "0000RgiemS08";
    private const int GeneratedCount = 6;

    private static readonly Lazy<IReadOnlyList<(OutputDocument Document, string Path)>> All = new(Load);

    public static IReadOnlyList<(OutputDocument Document, string Path)> Written => All.Value;

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var (document, _) in All.Value)
            {
                data.Add(document.Name);
            }

            return data;
        }
    }

    public static (OutputDocument Document, string Path) Get(string name) => All.Value.Single(d => d.Document.Name == name);

    private static List<(OutputDocument, string)> Load()
    {
        string folder = Path.Combine(InteropSamples.Scratch, "gate");
        Directory.CreateDirectory(folder);
        var written = new List<(OutputDocument, string)>();
        foreach (var document in OutputCorpus.Documents.Concat(Generated()))
        {
            string path = Path.Combine(folder, document.FileName);
            File.WriteAllBytes(path, document.Bytes);
            written.Add((document, path));
        }

        return written;
    }

    /// <summary>The first generated records (fixed seed) that build a document, built as <c>rgiem build</c> does.</summary>
    private static List<OutputDocument> Generated()
    {
        var records = new ConcurrentQueue<GeneratedRecord>();
        RecordGenerators.Record.Sample(records.Enqueue, seed: Seed, iter: 60, threads: 1);
        var documents = new List<OutputDocument>();
        foreach (var record in records)
        {
            using var folder = new TempFolder();
            folder.Write("records/record.md", record.Bytes);
            var compilation = Compiler.Compile(new CompilationOptions(["records"], folder.FullPath, OutputDirectory: "out", MaxDegreeOfParallelism: 1));
            var build = OutputWriter.Write(compilation, new DocxRenderer(), folder.FullPath, maxDegreeOfParallelism: 1);
            if (build.Written.Count == 1)
            {
                documents.Add(new OutputDocument("generated/" + documents.Count, File.ReadAllBytes(build.Written[0].FullPath), false));
                if (documents.Count == GeneratedCount)
                {
                    break;
                }
            }
        }

        Assert.True(documents.Count == GeneratedCount, $"Only {documents.Count} of the generated records built a document");
        return documents;
    }
}

using Rgiem.Core.Diagnostics;
using Rgiem.Core.References;
using Rgiem.Core.Tests.Performance.Definitions;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// <see cref="DocumentIndex"/> builds each document's id once, resolves without LINQ, and resolves each number once a record
/// (issue 21, eighth pass); <see cref="DocumentNumber.BaseNumber"/> formats with "D3" instead of "000". They must give what the
/// index they replaced gives (<see cref="DocumentIndexDefinition"/>, kept unchanged): the same documents, the same full
/// numbers, ids and known documents, on random lists and random references.
/// </summary>
public class DocumentIndexEquivalenceTests
{
    private static readonly string[] Listed =
    [
        "TSAG-TD585", "TSAG-TD585R1", "TSAG-TD585R3", "TD585R2", "TD585", "C99R1", "WTSA-20 C99R1", "WTSA-20 C99", "TSAG-C099", "TSAG-C99R2",
        "SG17-TD580/PLEN", "SG17-TD580/GEN", "TD580/PLEN", "SG17-TD580", "SG17-C12", "SG13-TD50/GEN", "TD 392 (GEN/19)", "SG2-LS3", "LS3",
        "DOC5 (230131)", "DOC5 (230132)", "DOC12 (240101)", "TSAG-TD1", "TD1R1", "C1", "SG17-TD1", "WTSA-24 TD1", "TSAG-TD12a", "TSAG-TD",
    ];

    private static readonly string[] Cited =
    [
        "TSAG-TD585", "TSAG-TD585R2", "TD585", "TD585R4", "TD585/PLEN", "C99", "C99R1", "WTSA-20 C99", "SG17-TD580", "SG17-TD580R1",
        "TD580", "TD580/GEN", "SG17-TD580/WP1", "SG13 TD GEN 0050", "TD 392 (GEN/19)", "SG2-LS3", "LS3R1", "DOC5 (230131)", "DOC5 (991331)",
        "TSAG-TD1", "TD1", "C1", "SG17-TD1R1", "WTSA-24 TD1", "TSAG-TD", "TSAG-TD9999", "SG9-C0", "TSAG-C12R0",
    ];

    private static readonly string?[] Parents = ["TSAG", "STUDY GROUP 17", "SG13", "WTSA-20", "SG2", null, "Other"];

    [Fact]
    public void Index_resolves_what_its_definition_resolves()
    {
        var random = new Random(2127);
        int known = 0;
        for (int round = 0; round < 3_000; round++)
        {
            string? body = DocumentIndex.BodyOfParent(Parents[random.Next(Parents.Length)]);
            var documents = new List<KnownDocument>();
            foreach (var origin in new[] { KnownDocumentOrigin.List, KnownDocumentOrigin.Registry })
            {
                var builder = new DocumentListBuilder(origin, (_, _, _) => { }, body);
                for (int i = random.Next(0, 7); i > 0; i--)
                {
                    builder.Add(Listed[random.Next(Listed.Length)], SourceLocation.None, null, null);
                }

                documents.AddRange(builder.Documents);
            }

            var index = new DocumentIndex(documents, body);
            var definition = new DocumentIndexDefinition(documents, body);
            Assert.Equal(definition.Documents, index.Documents);

            var resolved = new Dictionary<DocumentNumber, ResolvedReference>();
            for (int i = random.Next(1, 12); i > 0; i--)
            {
                foreach (var reference in DocumentReferenceScanner.Scan(Cited[random.Next(Cited.Length)]))
                {
                    var expected = definition.Resolve(reference);
                    var once = index.Resolve(reference);
                    var remembered = index.Resolve(reference, resolved);
                    if (expected is not { } resolution)
                    {
                        Assert.Null(once);
                        Assert.Null(remembered);
                        continue;
                    }

                    foreach (var actual in new[] { once!, remembered! })
                    {
                        Assert.Same(reference, actual.Reference);
                        Assert.Equal(resolution.Number, actual.Number);
                        Assert.Equal(resolution.Id, actual.Id.Key);
                        Assert.Equal(resolution.Known, actual.Known);
                    }

                    known += once!.IsKnown ? 1 : 0;
                }
            }
        }

        // The lists and citations overlap often enough for known documents to be found.
        Assert.True(known > 1_000, $"only {known} known documents resolved");
    }

    [Fact]
    public void Base_number_is_written_as_its_definition_writes_it()
    {
        var random = new Random(2128);
        int[] edges = [0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 123456, int.MaxValue, -1, -5, -99, -100, -1000, int.MinValue];
        var numbers = edges.Concat(Enumerable.Range(0, 5_000).Select(_ => random.Next(-2_000, 20_000))).Append(random.Next());
        foreach (int value in numbers)
        {
            foreach (var number in new DocumentNumber[]
            {
                new("TSAG", "TD", value, null, null), new(null, "C", value, 2, null), new("WTSA-20", "LS", value, null, "PLEN"),
                new("SG17", "R", value, null, null), new(null, "R", value, null, null),
            })
            {
                Assert.Equal(DocumentIndexDefinition.BaseNumber(number), number.BaseNumber);
            }
        }
    }
}

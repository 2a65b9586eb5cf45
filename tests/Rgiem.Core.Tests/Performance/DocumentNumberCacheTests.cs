using System.Globalization;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.References;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// <see cref="DocumentNumber"/> keeps the strings and the id it builds (issue 21, h28b): they must be what the former
/// properties built on every call (the definitions below, kept unchanged), for the number and for every copy made with
/// <c>with</c> (which must not carry the original's strings); equality and hashing must still read the five values only;
/// <see cref="KnownDocument.Canonical"/> must be the former <c>(number with { Revision = Revision }).Canonical</c>.
/// </summary>
public class DocumentNumberCacheTests
{
    private static readonly string?[] Bodies = [null, "TSAG", "SG17", "SG2", "WTSA-20"];
    private static readonly string[] Types = ["TD", "C", "LS", "R"];
    private static readonly string?[] Series = [null, "PLEN", "GEN", "WP1"];

    [Fact]
    public void Strings_ids_equality_and_copies_are_those_of_the_five_values()
    {
        var random = new Random(2883);
        for (int round = 0; round < 20_000; round++)
        {
            var number = Random(random);

            // Read in a random order, some not at all, before and after copies are made.
            if (random.Next(2) == 0)
            {
                _ = number.Canonical;
            }

            if (random.Next(2) == 0)
            {
                _ = DocumentId.Of(number);
            }

            AssertBuilt(number);
            var other = Random(random);
            var copies = new[]
            {
                number with { Revision = other.Revision },
                number with { Body = other.Body },
                number with { Series = other.Series },
                number with { Number = other.Number, Type = other.Type },
                number.WithDefaultBody(other.Body),
                other,
            };
            foreach (var copy in copies)
            {
                AssertBuilt(copy);
                bool same = (number.Body, number.Type, number.Number, number.Revision, number.Series) == (copy.Body, copy.Type, copy.Number, copy.Revision, copy.Series);
                Assert.Equal(same, number.Equals(copy));
                Assert.Equal(same, copy.Equals(number));
                Assert.Equal(same, number == copy);
                Assert.Equal(same, Equals(number, copy));
                if (same)
                {
                    Assert.Equal(number.GetHashCode(), copy.GetHashCode());
                }

                var known = new KnownDocument("written", copy, null, number.Revision, null, null, KnownDocumentOrigin.List, SourceLocation.At("r.md", 0, 0, 1));
                Assert.Equal(FormerCanonical(copy with { Revision = number.Revision }), known.Canonical);
                Assert.Equal(FormerId(copy), known.Id.Key);
            }

            AssertBuilt(number);
        }
    }

    private static DocumentNumber Random(Random random) => new(
        Bodies[random.Next(Bodies.Length)],
        Types[random.Next(Types.Length)],
        random.Next(0, 3) == 0 ? random.Next(0, 10_000) : random.Next(0, 1000),
        random.Next(3) == 0 ? null : random.Next(0, 100),
        Series[random.Next(Series.Length)]);

    private static void AssertBuilt(DocumentNumber number)
    {
        Assert.Equal(FormerBaseNumber(number), number.BaseNumber);
        Assert.Equal(FormerCanonical(number), number.Canonical);
        Assert.Equal(FormerCanonical(number), number.ToString());
        Assert.Equal(FormerId(number), DocumentId.Of(number).Key);
        Assert.Equal(new DocumentId(FormerId(number)), DocumentId.Of(number));
    }

    /// <summary>The former <c>DocumentNumber.BaseNumber</c>.</summary>
    private static string FormerBaseNumber(DocumentNumber n)
    {
        Span<char> digits = stackalloc char[16];
        n.Number.TryFormat(digits, out int written, n.IsReport ? "D" : "D3", CultureInfo.InvariantCulture);
        if (n.Body is null)
        {
            return string.Concat(n.Type, digits[..written]);
        }

        return string.Concat(n.Body, n.Body.Contains('-', StringComparison.Ordinal) ? " " : "-", n.Type, digits[..written]);
    }

    /// <summary>The former <c>DocumentNumber.Canonical</c>.</summary>
    private static string FormerCanonical(DocumentNumber n) =>
        FormerBaseNumber(n) + (n.Revision is { } r ? string.Create(CultureInfo.InvariantCulture, $"R{r}") : string.Empty) + (n.Series is null ? string.Empty : "/" + n.Series);

    /// <summary>The former <c>DocumentId.Of(DocumentNumber)</c>'s key.</summary>
    private static string FormerId(DocumentNumber n) =>
        n.Series is null ? FormerBaseNumber(n) : string.Create(CultureInfo.InvariantCulture, $"{FormerBaseNumber(n)}/{n.Series}");
}

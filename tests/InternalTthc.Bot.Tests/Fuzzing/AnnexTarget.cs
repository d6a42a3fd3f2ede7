using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;
using InternalTthc.Testing;

namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>The .xlsx annex reader: real templates filled with hostile cells, then bytes broken, cut or replaced.</summary>
public sealed class AnnexTarget(ProcedureCatalog catalog) : IFuzzTarget
{
    private readonly (Procedure Procedure, FormField Field)[] _fields =
        [.. catalog.Procedures.SelectMany(p => p.Form.Where(f => f.Type == FieldType.Rows).Select(f => (p, f)))];

    public string Name => "annex reader (.xlsx)";

    public int Weight => 10;

    public Task<FuzzResult> SendAsync(Random rng, CancellationToken cancellationToken)
    {
        var (procedure, field) = _fields[rng.Next(_fields.Length)];
        var template = AnnexWorkbook.CreateTemplate(procedure, field);
        var rows = Enumerable.Range(0, rng.Next(0, 30)).Select(_ => field.Columns.Select(_ => Cell(rng)).Prepend((object?)rng.Next(1, 100)).ToArray());
        var bytes = rng.Next(4) switch
        {
            0 => TestWorkbook.Create([.. rows]),
            1 => Broken(TestWorkbook.Fill(template, rows), rng),
            2 => [.. Enumerable.Range(0, rng.Next(0, 4096)).Select(_ => (byte)rng.Next(256))],
            _ => TestWorkbook.Fill(template, rows),
        };
        try
        {
            AnnexWorkbook.Read(new MemoryStream(bytes), field, (_, value) => value.Length > 500 ? "dài quá" : null, AnnexLimits.Default);
            return Task.FromResult(new FuzzResult(0));
        }
        catch (Exception e)
        {
            return Task.FromResult(new FuzzResult(0, $"{e.GetType().Name}: {e.Message} for {FuzzResult.Preview(bytes)}"));
        }
    }

    private static object? Cell(Random rng) => rng.Next(6) switch
    {
        0 => null,
        1 => rng.NextDouble() * 1e15,
        2 => new string('x', rng.Next(1, 40_000)),
        3 => "=HYPERLINK(\"http://evil.example\",\"bấm\")",
        4 => "a\tb\u00A0c\u200Bd",
        _ => JsonMutatorText(rng),
    };

    // What a spreadsheet can hold: characters XML allows.
    private static string JsonMutatorText(Random rng) =>
        JsonMutator.Value(rng)?.ToJsonString() is { Length: < 50_000 } text ? new string([.. text.Where(System.Xml.XmlConvert.IsXmlChar)]) : "x";

    private static byte[] Broken(byte[] bytes, Random rng)
    {
        var copy = (byte[])bytes.Clone();
        return rng.Next(2) == 0 ? copy[..rng.Next(copy.Length)] : Flip(copy, rng);
    }

    private static byte[] Flip(byte[] copy, Random rng)
    {
        for (var i = rng.Next(1, 20); i > 0; i--)
        {
            copy[rng.Next(copy.Length)] = (byte)rng.Next(256);
        }

        return copy;
    }
}

using System.Text;
using InternalTthc.Bot.CaseWeb;
using QRCoder;

namespace InternalTthc.Bot.Tests.CaseWeb;

/// <summary>
/// The case page's QR code is drawn by our own encoder (<see cref="QrSymbol"/>): its symbols are QRCoder's, module for
/// module, with one of the eight masks, and the mask it picks is the one the standard's four rules, scored plainly here,
/// score lowest.
/// </summary>
public sealed class CaseQrCodeTests
{
    // Each version's last length at level M and a few between: versions 1 to 40.
    public static TheoryData<int> Lengths() => new() { 1, 14, 15, 40, 47, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, 711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331 };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_symbol_is_the_one_QRCoder_makes_of_the_same_bytes_with_one_of_the_eight_masks(int length)
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, length).Select(i => "https://tthc.example.vn/ho-so/HS-2026-000123?x"[i % 46])));
        using var theirs = QRCodeGenerator.GenerateQrCode(bytes, QRCodeGenerator.ECCLevel.M);
        var ours = QrSymbol.Of(bytes);

        Assert.Equal(theirs.Version, ours.Version);
        Assert.Single(Enumerable.Range(0, 8), mask => ours.Masked(mask).SequenceEqual(Modules(theirs, ours.Size)));
    }

    [Fact]
    public void The_mask_picked_is_the_one_the_four_penalty_rules_score_lowest()
    {
        var pages = Enumerable.Range(0, 200).Select(i => $"http://127.0.0.1:5391/ho-so/HS-2026-{i * 7919 % 1_000_000:D6}")
            .Concat(["https://tthc.example.vn/ho-so/HS-2026-000123", "https://dichvucong.cantho.gov.vn/tthc/ho-so/CTO-2026-001234?tab=ket-qua"]);
        foreach (var page in pages)
        {
            var symbol = QrSymbol.Of(Encoding.ASCII.GetBytes(page));
            var scores = Enumerable.Range(0, 8).Select(m => PlainPenalty(symbol.Masked(m), symbol.Size)).ToList();
            Assert.Equal(scores.IndexOf(scores.Min()), symbol.BestMask());
            Assert.Equal(symbol.Masked(symbol.BestMask()), symbol.Best());
        }
    }

    [Fact]
    public void A_case_page_code_is_QRCoders_PNG_of_its_symbol_and_holds_the_page_address()
    {
        var page = new Uri("https://tthc.example.vn/ho-so/HS-2026-000123");
        var symbol = QrSymbol.Of(Encoding.ASCII.GetBytes(page.AbsoluteUri));
        var best = symbol.Best();

        // QRCoder's own symbol of the address, redrawn with our mask, is the PNG the card shows.
        using var theirs = QRCodeGenerator.GenerateQrCode(Encoding.ASCII.GetBytes(page.AbsoluteUri), QRCodeGenerator.ECCLevel.M);
        Assert.Contains(Enumerable.Range(0, 8), mask => symbol.Masked(mask).SequenceEqual(Modules(theirs, symbol.Size)));
        var quiet = (theirs.ModuleMatrix.Count - symbol.Size) / 2;
        for (var i = 0; i < best.Length; i++)
        {
            theirs.ModuleMatrix[i / symbol.Size + quiet][i % symbol.Size + quiet] = best[i];
        }

        Assert.Equal(new PngByteQRCode(theirs).GetGraphic(4), CaseQrCode.Png(page));
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(CaseQrCode.Png(page)), CaseQrCode.DataUrl(page));
    }

    [Fact]
    public void More_than_level_M_holds_is_refused()
    {
        Assert.Throws<ArgumentException>(() => QrSymbol.Of(new byte[2332]));
    }

    private static bool[] Modules(QRCodeData data, int size)
    {
        var quiet = (data.ModuleMatrix.Count - size) / 2;
        return [.. Enumerable.Range(0, size * size).Select(i => data.ModuleMatrix[i / size + quiet][i % size + quiet])];
    }

    /// <summary>The four rules as the standard words them, module by module: the measure the encoder's fast scoring must match.</summary>
    private static int PlainPenalty(bool[] modules, int size)
    {
        bool At(int x, int y) => modules[y * size + x];
        var penalty = 0;
        bool[] finderLike = [true, false, true, true, true, false, true, false, false, false, false];
        for (var line = 0; line < size; line++)
        {
            foreach (var read in new Func<int, bool>[] { k => At(k, line), k => At(line, k) })
            {
                var run = 1;
                for (var k = 1; k <= size; k++)
                {
                    if (k < size && read(k) == read(k - 1))
                    {
                        run++;
                        continue;
                    }

                    penalty += run >= 5 ? run - 2 : 0;
                    run = 1;
                }

                for (var k = 0; k + finderLike.Length <= size; k++)
                {
                    penalty += Enumerable.Range(0, finderLike.Length).All(m => read(k + m) == finderLike[m]) ? 40 : 0;
                    penalty += Enumerable.Range(0, finderLike.Length).All(m => read(k + m) == finderLike[^(m + 1)]) ? 40 : 0;
                }
            }
        }

        for (var y = 0; y + 1 < size; y++)
        {
            for (var x = 0; x + 1 < size; x++)
            {
                penalty += At(x, y) == At(x + 1, y) && At(x, y) == At(x, y + 1) && At(x, y) == At(x + 1, y + 1) ? 3 : 0;
            }
        }

        var dark = modules.Count(m => m);
        var total = size * size;
        return penalty + 10 * ((Math.Abs(dark * 20 - total * 10) + total - 1) / total - 1);
    }
}

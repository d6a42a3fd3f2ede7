using System.Text;
using QRCoder;

namespace InternalTthc.Bot.CaseWeb;

/// <summary>QR codes of case pages, as PNG bytes and as a data URL a card can show: the symbol ours (<see cref="QrSymbol"/>), the PNG QRCoder's.</summary>
public static class CaseQrCode
{
    /// <summary>Pixels per module: a page address makes a code of about 150 pixels, readable on a screen and on paper.</summary>
    private const int PixelsPerModule = 4;

    public static byte[] Png(Uri page)
    {
        ArgumentNullException.ThrowIfNull(page);
        // The escaped address is ASCII: byte mode reads the same in every scanner, no character set to announce.
        var symbol = QrSymbol.Of(Encoding.ASCII.GetBytes(page.AbsoluteUri));
        return Png(symbol.Version, symbol.Size, symbol.Best());
    }

    public static string DataUrl(Uri page) => "data:image/png;base64," + Convert.ToBase64String(Png(page));

    /// <summary>The PNG of a symbol's modules (row by row), with the standard's four modules of quiet zone around.</summary>
    internal static byte[] Png(int version, int size, bool[] modules)
    {
        using var data = new QRCodeData(version, addPadding: true);
        var quiet = (data.ModuleMatrix.Count - size) / 2;
        for (var y = 0; y < size; y++)
        {
            var row = data.ModuleMatrix[y + quiet];
            for (var x = 0; x < size; x++)
            {
                row[x + quiet] = modules[y * size + x];
            }
        }

        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }
}

using QRCoder;

namespace InternalTthc.Bot.CaseWeb;

/// <summary>QR codes of case pages (QRCoder), as PNG bytes and as a data URL a card can show.</summary>
public static class CaseQrCode
{
    /// <summary>Pixels per module: a page address makes a code of about 150 pixels, readable on a screen and on paper.</summary>
    private const int PixelsPerModule = 4;

    public static byte[] Png(Uri page)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var data = QRCodeGenerator.GenerateQrCode(page.ToString(), QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }

    public static string DataUrl(Uri page) => "data:image/png;base64," + Convert.ToBase64String(Png(page));
}

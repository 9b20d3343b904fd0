using QRCoder;

namespace ComunidadPyme.Web.Features.Accounts.TwoFactor;

/// <summary>Draws a QR code as a PNG data URI, so the authenticator key never leaves the portal.</summary>
public static class QrCodeImage
{
    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}

namespace ComunidadPyme.Core.Common;

/// <summary>Field lengths shared by the database schema and the validators.</summary>
public static class FieldLengths
{
    public const int Iso2 = 2;
    public const int Iso3 = 3;
    public const int CurrencyCode = 3;
    public const int LanguageCode = 3;
    public const int ShortName = 100;
    public const int Name = 300;
    public const int Title = 1000;
    public const int Code = 40;
    public const int Url = 2048;
    public const int Email = 256;
    public const int Phone = 50;
    public const int PersonName = 200;
    public const int Position = 200;
    public const int OfficialNumber = 100;
    public const int Unit = 40;
    public const int Source = 1000;
    public const int Note = 2000;
    public const int Period = 7;
    public const int UserName = 256;
    public const int IpAddress = 45;
    public const int EntityType = 100;
    public const int EntityKey = 100;
    public const int FileName = 255;
    public const int Summary = 8000;
    public const int Narrative = 20000;
    public const int Comment = 4000;
}

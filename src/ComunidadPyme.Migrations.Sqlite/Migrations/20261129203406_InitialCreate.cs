using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComunidadPyme.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSignInAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DisabledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Iso2 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    Iso3 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    SubRegion = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OfficialLanguages = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CurrencyCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name_Es = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Name_Fr = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Name_Pt = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PolicyOverview_En = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    PolicyOverview_Es = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    PolicyOverview_Fr = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    PolicyOverview_Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    PolicyOverview_Original = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    PolicyOverview_Pt = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Decimals = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Periodicity = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    MinValue = table.Column<double>(type: "REAL", nullable: true),
                    MaxValue = table.Column<double>(type: "REAL", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Description_Es = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Description_Fr = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Description_Pt = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Methodology_En = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Methodology_Es = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Methodology_Fr = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Methodology_Pt = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name_Es = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Fr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Pt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Unit_En = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Unit_Es = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Unit_Fr = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Unit_Pt = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Principles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShortTitle_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ShortTitle_Es = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ShortTitle_Fr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ShortTitle_Pt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Text_En = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Text_Es = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Text_Fr = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Text_Pt = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Principles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportingCycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmissionDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name_Es = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Fr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Pt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingCycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignInEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CountryAssignments",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountryAssignments", x => new { x.UserId, x.CountryId });
                    table.ForeignKey(
                        name: "FK_CountryAssignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CountryAssignments_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Institutions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Acronym = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    WebsiteUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Mandate_En = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Mandate_Es = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Mandate_Fr = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Mandate_Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Mandate_Original = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Mandate_Pt = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Es = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Fr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Name_Original = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name_Pt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Institutions_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalInstruments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OfficialNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Topics = table.Column<int>(type: "INTEGER", maxLength: 60, nullable: false),
                    IssuingBody = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    EnactedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OfficialUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    DocumentStorageKey = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    DocumentFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    DocumentSizeBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    Summary_En = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Summary_Es = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Summary_Fr = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Summary_Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Summary_Original = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Summary_Pt = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Title_Es = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Title_Fr = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Title_Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Title_Original = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Title_Pt = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalInstruments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalInstruments_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MembershipPeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Precision = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembershipPeriods_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SectionConfirmations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionConfirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SectionConfirmations_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Observations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SourceNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Observations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Observations_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Observations_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PrincipleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportingCycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Narrative_En = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Narrative_Es = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Narrative_Fr = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Narrative_Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Narrative_Original = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Narrative_Pt = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReports_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressReports_Principles_PrincipleId",
                        column: x => x.PrincipleId,
                        principalTable: "Principles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressReports_ReportingCycles_ReportingCycleId",
                        column: x => x.ReportingCycleId,
                        principalTable: "ReportingCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FocalPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstitutionId = table.Column<int>(type: "INTEGER", nullable: true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PublicFields = table.Column<int>(type: "INTEGER", maxLength: 60, nullable: false),
                    LastConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FocalPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FocalPoints_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FocalPoints_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "SupportProgrammes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstitutionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TargetGroups = table.Column<int>(type: "INTEGER", maxLength: 60, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Description_Es = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Description_Fr = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Description_Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Description_Original = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Description_Pt = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Es = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Fr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Name_Original = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name_Pt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportProgrammes_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportProgrammes_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "LegalInstrumentPrinciples",
                columns: table => new
                {
                    LegalInstrumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrinciplesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalInstrumentPrinciples", x => new { x.LegalInstrumentId, x.PrinciplesId });
                    table.ForeignKey(
                        name: "FK_LegalInstrumentPrinciples_LegalInstruments_LegalInstrumentId",
                        column: x => x.LegalInstrumentId,
                        principalTable: "LegalInstruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LegalInstrumentPrinciples_Principles_PrinciplesId",
                        column: x => x.PrinciplesId,
                        principalTable: "Principles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalRelations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalRelations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalRelations_LegalInstruments_SourceId",
                        column: x => x.SourceId,
                        principalTable: "LegalInstruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LegalRelations_LegalInstruments_TargetId",
                        column: x => x.TargetId,
                        principalTable: "LegalInstruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MsmeDefinitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IssuingBody = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    LegalSource = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    LegalInstrumentId = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    MonetaryUnit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    MonetaryUnitKind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FallbackSector = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    EmployeeWeight = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    TurnoverWeight = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    TurnoverScoreScale = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    Notes_En = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Notes_Es = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Notes_Fr = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Notes_Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Notes_Original = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Notes_Pt = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Title_Es = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Title_Fr = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Title_Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Title_Original = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Title_Pt = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MsmeDefinitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MsmeDefinitions_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MsmeDefinitions_LegalInstruments_LegalInstrumentId",
                        column: x => x.LegalInstrumentId,
                        principalTable: "LegalInstruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ReviewComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgressReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ResultingState = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewComments_ProgressReports_ProgressReportId",
                        column: x => x.ProgressReportId,
                        principalTable: "ProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SizeThresholds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DefinitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SizeClass = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    MaxEmployees = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxTurnover = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    MaxAssets = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    MaxScore = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SizeThresholds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SizeThresholds_MsmeDefinitions_DefinitionId",
                        column: x => x.DefinitionId,
                        principalTable: "MsmeDefinitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CountryId_AtUtc",
                table: "AuditEntries",
                columns: new[] { "CountryId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityKey",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Countries_Iso2",
                table: "Countries",
                column: "Iso2",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Countries_Iso3",
                table: "Countries",
                column: "Iso3",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CountryAssignments_CountryId",
                table: "CountryAssignments",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_FocalPoints_CountryId",
                table: "FocalPoints",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_FocalPoints_InstitutionId",
                table: "FocalPoints",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Code",
                table: "Indicators",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_CountryId",
                table: "Institutions",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalInstrumentPrinciples_PrinciplesId",
                table: "LegalInstrumentPrinciples",
                column: "PrinciplesId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalInstruments_CountryId_Type",
                table: "LegalInstruments",
                columns: new[] { "CountryId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalRelations_SourceId_TargetId_Kind",
                table: "LegalRelations",
                columns: new[] { "SourceId", "TargetId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalRelations_TargetId",
                table: "LegalRelations",
                column: "TargetId");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipPeriods_CountryId_EffectiveFrom",
                table: "MembershipPeriods",
                columns: new[] { "CountryId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MsmeDefinitions_CountryId",
                table: "MsmeDefinitions",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_MsmeDefinitions_LegalInstrumentId",
                table: "MsmeDefinitions",
                column: "LegalInstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_CountryId_IndicatorId_Period",
                table: "Observations",
                columns: new[] { "CountryId", "IndicatorId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorId_Year",
                table: "Observations",
                columns: new[] { "IndicatorId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Principles_Kind_Number",
                table: "Principles",
                columns: new[] { "Kind", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_CountryId_PrincipleId_ReportingCycleId",
                table: "ProgressReports",
                columns: new[] { "CountryId", "PrincipleId", "ReportingCycleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_PrincipleId",
                table: "ProgressReports",
                column: "PrincipleId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_ReportingCycleId",
                table: "ProgressReports",
                column: "ReportingCycleId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewComments_ProgressReportId",
                table: "ReviewComments",
                column: "ProgressReportId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionConfirmations_CountryId_Section",
                table: "SectionConfirmations",
                columns: new[] { "CountryId", "Section" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignInEvents_UserId_AtUtc",
                table: "SignInEvents",
                columns: new[] { "UserId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SizeThresholds_DefinitionId",
                table: "SizeThresholds",
                column: "DefinitionId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportProgrammes_CountryId",
                table: "SupportProgrammes",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportProgrammes_InstitutionId",
                table: "SupportProgrammes",
                column: "InstitutionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CountryAssignments");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "FocalPoints");

            migrationBuilder.DropTable(
                name: "LegalInstrumentPrinciples");

            migrationBuilder.DropTable(
                name: "LegalRelations");

            migrationBuilder.DropTable(
                name: "MembershipPeriods");

            migrationBuilder.DropTable(
                name: "Observations");

            migrationBuilder.DropTable(
                name: "ReviewComments");

            migrationBuilder.DropTable(
                name: "SectionConfirmations");

            migrationBuilder.DropTable(
                name: "SignInEvents");

            migrationBuilder.DropTable(
                name: "SizeThresholds");

            migrationBuilder.DropTable(
                name: "SupportProgrammes");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "ProgressReports");

            migrationBuilder.DropTable(
                name: "MsmeDefinitions");

            migrationBuilder.DropTable(
                name: "Institutions");

            migrationBuilder.DropTable(
                name: "Principles");

            migrationBuilder.DropTable(
                name: "ReportingCycles");

            migrationBuilder.DropTable(
                name: "LegalInstruments");

            migrationBuilder.DropTable(
                name: "Countries");
        }
    }
}

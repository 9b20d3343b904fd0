IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [PreferredLanguage] nvarchar(3) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [LastSignInAtUtc] datetime2 NULL,
        [DisabledAtUtc] datetime2 NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [AtUtc] datetime2 NOT NULL,
        [UserId] nvarchar(450) NULL,
        [UserName] nvarchar(256) NULL,
        [IpAddress] nvarchar(45) NULL,
        [Action] nvarchar(60) NOT NULL,
        [EntityType] nvarchar(100) NOT NULL,
        [EntityKey] nvarchar(100) NOT NULL,
        [CountryId] int NULL,
        [Changes] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [Countries] (
        [Id] int NOT NULL IDENTITY,
        [Iso2] nchar(2) NOT NULL,
        [Iso3] nchar(3) NOT NULL,
        [SubRegion] nvarchar(60) NOT NULL,
        [OfficialLanguages] nvarchar(100) NOT NULL,
        [CurrencyCode] nchar(3) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        [Name_En] nvarchar(100) NOT NULL,
        [Name_Es] nvarchar(100) NULL,
        [Name_Fr] nvarchar(100) NULL,
        [Name_Pt] nvarchar(100) NULL,
        [PolicyOverview_En] nvarchar(max) NULL,
        [PolicyOverview_Es] nvarchar(max) NULL,
        [PolicyOverview_Fr] nvarchar(max) NULL,
        [PolicyOverview_Language] nvarchar(3) NULL,
        [PolicyOverview_Original] nvarchar(max) NULL,
        [PolicyOverview_Pt] nvarchar(max) NULL,
        CONSTRAINT [PK_Countries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [Indicators] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(40) NOT NULL,
        [Kind] nvarchar(60) NOT NULL,
        [Theme] nvarchar(60) NOT NULL,
        [Decimals] int NOT NULL,
        [Source] nvarchar(1000) NOT NULL,
        [Periodicity] nvarchar(60) NOT NULL,
        [MinValue] float NULL,
        [MaxValue] float NULL,
        [SortOrder] int NOT NULL,
        [IsActive] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        [Description_En] nvarchar(max) NOT NULL,
        [Description_Es] nvarchar(max) NULL,
        [Description_Fr] nvarchar(max) NULL,
        [Description_Pt] nvarchar(max) NULL,
        [Methodology_En] nvarchar(max) NOT NULL,
        [Methodology_Es] nvarchar(max) NULL,
        [Methodology_Fr] nvarchar(max) NULL,
        [Methodology_Pt] nvarchar(max) NULL,
        [Name_En] nvarchar(300) NOT NULL,
        [Name_Es] nvarchar(300) NULL,
        [Name_Fr] nvarchar(300) NULL,
        [Name_Pt] nvarchar(300) NULL,
        [Unit_En] nvarchar(100) NOT NULL,
        [Unit_Es] nvarchar(100) NULL,
        [Unit_Fr] nvarchar(100) NULL,
        [Unit_Pt] nvarchar(100) NULL,
        CONSTRAINT [PK_Indicators] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [Principles] (
        [Id] int NOT NULL IDENTITY,
        [Kind] nvarchar(60) NOT NULL,
        [Number] int NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        [ShortTitle_En] nvarchar(300) NOT NULL,
        [ShortTitle_Es] nvarchar(300) NULL,
        [ShortTitle_Fr] nvarchar(300) NULL,
        [ShortTitle_Pt] nvarchar(300) NULL,
        [Text_En] nvarchar(2000) NOT NULL,
        [Text_Es] nvarchar(2000) NULL,
        [Text_Fr] nvarchar(2000) NULL,
        [Text_Pt] nvarchar(2000) NULL,
        CONSTRAINT [PK_Principles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [ReportingCycles] (
        [Id] int NOT NULL IDENTITY,
        [OpensOn] date NOT NULL,
        [SubmissionDeadline] date NOT NULL,
        [Status] nvarchar(60) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        [Name_En] nvarchar(300) NOT NULL,
        [Name_Es] nvarchar(300) NULL,
        [Name_Fr] nvarchar(300) NULL,
        [Name_Pt] nvarchar(300) NULL,
        CONSTRAINT [PK_ReportingCycles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [SignInEvents] (
        [Id] bigint NOT NULL IDENTITY,
        [UserId] nvarchar(450) NULL,
        [UserName] nvarchar(256) NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        [IpAddress] nvarchar(45) NULL,
        [UserAgent] nvarchar(1000) NULL,
        [Succeeded] bit NOT NULL,
        [FailureReason] nvarchar(100) NULL,
        CONSTRAINT [PK_SignInEvents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(128) NOT NULL,
        [ProviderKey] nvarchar(128) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(128) NOT NULL,
        [Name] nvarchar(128) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [CountryAssignments] (
        [UserId] nvarchar(450) NOT NULL,
        [CountryId] int NOT NULL,
        CONSTRAINT [PK_CountryAssignments] PRIMARY KEY ([UserId], [CountryId]),
        CONSTRAINT [FK_CountryAssignments_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CountryAssignments_Countries_CountryId] FOREIGN KEY ([CountryId]) REFERENCES [Countries] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [Institutions] (
        [Id] int NOT NULL IDENTITY,
        [Acronym] nvarchar(40) NULL,
        [Kind] nvarchar(60) NOT NULL,
        [WebsiteUrl] nvarchar(2048) NULL,
        [Mandate_En] nvarchar(max) NULL,
        [Mandate_Es] nvarchar(max) NULL,
        [Mandate_Fr] nvarchar(max) NULL,
        [Mandate_Language] nvarchar(3) NULL,
        [Mandate_Original] nvarchar(max) NULL,
        [Mandate_Pt] nvarchar(max) NULL,
        [Name_En] nvarchar(300) NULL,
        [Name_Es] nvarchar(300) NULL,
        [Name_Fr] nvarchar(300) NULL,
        [Name_Language] nvarchar(3) NOT NULL,
        [Name_Original] nvarchar(300) NOT NULL,
        [Name_Pt] nvarchar(300) NULL,
        [CountryId] int NOT NULL,
        [IsSample] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_Institutions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Institutions_Countries_CountryId] FOREIGN KEY ([CountryId]) REFERENCES [Countries] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [LegalInstruments] (
        [Id] int NOT NULL IDENTITY,
        [Type] nvarchar(60) NOT NULL,
        [OfficialNumber] nvarchar(100) NULL,
        [Topics] int NOT NULL,
        [IssuingBody] nvarchar(300) NULL,
        [EnactedOn] date NULL,
        [PublishedOn] date NULL,
        [Status] nvarchar(60) NOT NULL,
        [OfficialUrl] nvarchar(2048) NULL,
        [DocumentStorageKey] nvarchar(255) NULL,
        [DocumentFileName] nvarchar(255) NULL,
        [DocumentSizeBytes] bigint NULL,
        [Summary_En] nvarchar(max) NULL,
        [Summary_Es] nvarchar(max) NULL,
        [Summary_Fr] nvarchar(max) NULL,
        [Summary_Language] nvarchar(3) NULL,
        [Summary_Original] nvarchar(max) NULL,
        [Summary_Pt] nvarchar(max) NULL,
        [Title_En] nvarchar(1000) NULL,
        [Title_Es] nvarchar(1000) NULL,
        [Title_Fr] nvarchar(1000) NULL,
        [Title_Language] nvarchar(3) NOT NULL,
        [Title_Original] nvarchar(1000) NOT NULL,
        [Title_Pt] nvarchar(1000) NULL,
        [CountryId] int NOT NULL,
        [IsSample] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_LegalInstruments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LegalInstruments_Countries_CountryId] FOREIGN KEY ([CountryId]) REFERENCES [Countries] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [MembershipPeriods] (
        [Id] int NOT NULL IDENTITY,
        [CountryId] int NOT NULL,
        [Status] nvarchar(60) NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [Precision] nvarchar(60) NOT NULL,
        [Note] nvarchar(2000) NULL,
        CONSTRAINT [PK_MembershipPeriods] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MembershipPeriods_Countries_CountryId] FOREIGN KEY ([CountryId]) REFERENCES [Countries] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [SectionConfirmations] (
        [Id] int NOT NULL IDENTITY,
        [CountryId] int NOT NULL,
        [Section] nvarchar(60) NOT NULL,
        [ConfirmedAtUtc] datetime2 NOT NULL,
        [ConfirmedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_SectionConfirmations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SectionConfirmations_Countries_CountryId] FOREIGN KEY ([CountryId]) REFERENCES [Countries] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [Observations] (
        [Id] int NOT NULL IDENTITY,
        [IndicatorId] int NOT NULL,
        [Period] nvarchar(7) NOT NULL,
        [Year] int NOT NULL,
        [Value] float NOT NULL,
        [Status] nvarchar(60) NOT NULL,
        [SourceNote] nvarchar(1000) NOT NULL,
        [CountryId] int NOT NULL,
        [IsSample] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_Observations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Observations_Countries_CountryId] FOREIGN KEY ([CountryId]) REFERENCES [Countries] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Observations_Indicators_IndicatorId] FOREIGN KEY ([IndicatorId]) REFERENCES [Indicators] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [ProgressReports] (
        [Id] int NOT NULL IDENTITY,
        [PrincipleId] int NOT NULL,
        [ReportingCycleId] int NOT NULL,
        [Level] nvarchar(60) NOT NULL,
        [State] nvarchar(60) NOT NULL,
        [SubmittedAtUtc] datetime2 NULL,
        [SubmittedBy] nvarchar(256) NULL,
        [ReviewedAtUtc] datetime2 NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [Narrative_En] nvarchar(max) NULL,
        [Narrative_Es] nvarchar(max) NULL,
        [Narrative_Fr] nvarchar(max) NULL,
        [Narrative_Language] nvarchar(3) NULL,
        [Narrative_Original] nvarchar(max) NULL,
        [Narrative_Pt] nvarchar(max) NULL,
        [CountryId] int NOT NULL,
        [IsSample] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Evidence] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_ProgressReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProgressReports_Countries_CountryId] FOREIGN KEY ([CountryId]) REFERENCES [Countries] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProgressReports_Principles_PrincipleId] FOREIGN KEY ([PrincipleId]) REFERENCES [Principles] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProgressReports_ReportingCycles_ReportingCycleId] FOREIGN KEY ([ReportingCycleId]) REFERENCES [ReportingCycles] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [FocalPoints] (
        [Id] int NOT NULL IDENTITY,
        [InstitutionId] int NULL,
        [FullName] nvarchar(200) NOT NULL,
        [Position] nvarchar(200) NULL,
        [Email] nvarchar(256) NULL,
        [Phone] nvarchar(50) NULL,
        [Role] nvarchar(60) NOT NULL,
        [PublicFields] int NOT NULL,
        [LastConfirmedOn] date NULL,
        [CountryId] int NOT NULL,
        [IsSample] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_FocalPoints] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FocalPoints_Countries_CountryId] FOREIGN KEY ([CountryId]) REFERENCES [Countries] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FocalPoints_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [SupportProgrammes] (
        [Id] int NOT NULL IDENTITY,
        [InstitutionId] int NULL,
        [Type] nvarchar(60) NOT NULL,
        [TargetGroups] int NOT NULL,
        [Url] nvarchar(2048) NULL,
        [StartsOn] date NULL,
        [EndsOn] date NULL,
        [Description_En] nvarchar(max) NULL,
        [Description_Es] nvarchar(max) NULL,
        [Description_Fr] nvarchar(max) NULL,
        [Description_Language] nvarchar(3) NULL,
        [Description_Original] nvarchar(max) NULL,
        [Description_Pt] nvarchar(max) NULL,
        [Name_En] nvarchar(300) NULL,
        [Name_Es] nvarchar(300) NULL,
        [Name_Fr] nvarchar(300) NULL,
        [Name_Language] nvarchar(3) NOT NULL,
        [Name_Original] nvarchar(300) NOT NULL,
        [Name_Pt] nvarchar(300) NULL,
        [CountryId] int NOT NULL,
        [IsSample] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_SupportProgrammes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupportProgrammes_Countries_CountryId] FOREIGN KEY ([CountryId]) REFERENCES [Countries] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SupportProgrammes_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [LegalInstrumentPrinciples] (
        [LegalInstrumentId] int NOT NULL,
        [PrinciplesId] int NOT NULL,
        CONSTRAINT [PK_LegalInstrumentPrinciples] PRIMARY KEY ([LegalInstrumentId], [PrinciplesId]),
        CONSTRAINT [FK_LegalInstrumentPrinciples_LegalInstruments_LegalInstrumentId] FOREIGN KEY ([LegalInstrumentId]) REFERENCES [LegalInstruments] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_LegalInstrumentPrinciples_Principles_PrinciplesId] FOREIGN KEY ([PrinciplesId]) REFERENCES [Principles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [LegalRelations] (
        [Id] int NOT NULL IDENTITY,
        [SourceId] int NOT NULL,
        [TargetId] int NOT NULL,
        [Kind] nvarchar(60) NOT NULL,
        CONSTRAINT [PK_LegalRelations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LegalRelations_LegalInstruments_SourceId] FOREIGN KEY ([SourceId]) REFERENCES [LegalInstruments] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_LegalRelations_LegalInstruments_TargetId] FOREIGN KEY ([TargetId]) REFERENCES [LegalInstruments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [MsmeDefinitions] (
        [Id] int NOT NULL IDENTITY,
        [Scope] nvarchar(60) NOT NULL,
        [IssuingBody] nvarchar(300) NULL,
        [LegalSource] nvarchar(1000) NOT NULL,
        [SourceUrl] nvarchar(2048) NULL,
        [LegalInstrumentId] int NULL,
        [ValidFrom] date NULL,
        [ValidTo] date NULL,
        [Method] nvarchar(60) NOT NULL,
        [MonetaryUnit] nvarchar(40) NULL,
        [MonetaryUnitKind] nvarchar(60) NOT NULL,
        [FallbackSector] nvarchar(60) NULL,
        [EmployeeWeight] decimal(9,4) NULL,
        [TurnoverWeight] decimal(9,4) NULL,
        [TurnoverScoreScale] decimal(20,4) NULL,
        [Notes_En] nvarchar(max) NULL,
        [Notes_Es] nvarchar(max) NULL,
        [Notes_Fr] nvarchar(max) NULL,
        [Notes_Language] nvarchar(3) NULL,
        [Notes_Original] nvarchar(max) NULL,
        [Notes_Pt] nvarchar(max) NULL,
        [Title_En] nvarchar(1000) NULL,
        [Title_Es] nvarchar(1000) NULL,
        [Title_Fr] nvarchar(1000) NULL,
        [Title_Language] nvarchar(3) NOT NULL,
        [Title_Original] nvarchar(1000) NOT NULL,
        [Title_Pt] nvarchar(1000) NULL,
        [CountryId] int NOT NULL,
        [IsSample] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_MsmeDefinitions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MsmeDefinitions_Countries_CountryId] FOREIGN KEY ([CountryId]) REFERENCES [Countries] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MsmeDefinitions_LegalInstruments_LegalInstrumentId] FOREIGN KEY ([LegalInstrumentId]) REFERENCES [LegalInstruments] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [ReviewComments] (
        [Id] int NOT NULL IDENTITY,
        [ProgressReportId] int NOT NULL,
        [Author] nvarchar(256) NOT NULL,
        [WrittenAtUtc] datetime2 NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [ResultingState] nvarchar(60) NULL,
        CONSTRAINT [PK_ReviewComments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReviewComments_ProgressReports_ProgressReportId] FOREIGN KEY ([ProgressReportId]) REFERENCES [ProgressReports] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE TABLE [SizeThresholds] (
        [Id] int NOT NULL IDENTITY,
        [DefinitionId] int NOT NULL,
        [SizeClass] nvarchar(60) NOT NULL,
        [Sector] nvarchar(60) NULL,
        [MaxEmployees] int NULL,
        [MaxTurnover] decimal(20,4) NULL,
        [MaxAssets] decimal(20,4) NULL,
        [MaxScore] decimal(12,4) NULL,
        CONSTRAINT [PK_SizeThresholds] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SizeThresholds_MsmeDefinitions_DefinitionId] FOREIGN KEY ([DefinitionId]) REFERENCES [MsmeDefinitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_CountryId_AtUtc] ON [AuditEntries] ([CountryId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityKey] ON [AuditEntries] ([EntityType], [EntityKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Countries_Iso2] ON [Countries] ([Iso2]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Countries_Iso3] ON [Countries] ([Iso3]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_CountryAssignments_CountryId] ON [CountryAssignments] ([CountryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_FocalPoints_CountryId] ON [FocalPoints] ([CountryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_FocalPoints_InstitutionId] ON [FocalPoints] ([InstitutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Indicators_Code] ON [Indicators] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Institutions_CountryId] ON [Institutions] ([CountryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_LegalInstrumentPrinciples_PrinciplesId] ON [LegalInstrumentPrinciples] ([PrinciplesId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_LegalInstruments_CountryId_Type] ON [LegalInstruments] ([CountryId], [Type]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LegalRelations_SourceId_TargetId_Kind] ON [LegalRelations] ([SourceId], [TargetId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_LegalRelations_TargetId] ON [LegalRelations] ([TargetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MembershipPeriods_CountryId_EffectiveFrom] ON [MembershipPeriods] ([CountryId], [EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_MsmeDefinitions_CountryId] ON [MsmeDefinitions] ([CountryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_MsmeDefinitions_LegalInstrumentId] ON [MsmeDefinitions] ([LegalInstrumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Observations_CountryId_IndicatorId_Period] ON [Observations] ([CountryId], [IndicatorId], [Period]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Observations_IndicatorId_Year] ON [Observations] ([IndicatorId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Principles_Kind_Number] ON [Principles] ([Kind], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ProgressReports_CountryId_PrincipleId_ReportingCycleId] ON [ProgressReports] ([CountryId], [PrincipleId], [ReportingCycleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ProgressReports_PrincipleId] ON [ProgressReports] ([PrincipleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ProgressReports_ReportingCycleId] ON [ProgressReports] ([ReportingCycleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ReviewComments_ProgressReportId] ON [ReviewComments] ([ProgressReportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SectionConfirmations_CountryId_Section] ON [SectionConfirmations] ([CountryId], [Section]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_SignInEvents_UserId_AtUtc] ON [SignInEvents] ([UserId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_SizeThresholds_DefinitionId] ON [SizeThresholds] ([DefinitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_SupportProgrammes_CountryId] ON [SupportProgrammes] ([CountryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_SupportProgrammes_InstitutionId] ON [SupportProgrammes] ([InstitutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129203409_InitialCreate'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129203409_InitialCreate', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    DROP INDEX [IX_ProgressReports_ReportingCycleId] ON [ProgressReports];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    ALTER TABLE [ReviewComments] ADD [ByReviewer] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    ALTER TABLE [ProgressReports] ADD [AssessedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    ALTER TABLE [ProgressReports] ADD [AssessedBy] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    ALTER TABLE [ProgressReports] ADD [AssessedLevel] nvarchar(60) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    ALTER TABLE [ProgressReports] ADD [AssessmentRationale] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    ALTER TABLE [ProgressReports] ADD [AwaitsConfirmation] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    ALTER TABLE [ProgressReports] ADD [CarriedForwardFromId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    ALTER TABLE [Principles] ADD [ConcernsWomenEntrepreneurs] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    CREATE TABLE [StaleDataReminders] (
        [Id] int NOT NULL IDENTITY,
        [CountryId] int NOT NULL,
        [Part] nvarchar(64) NOT NULL,
        [Period] nvarchar(16) NOT NULL,
        [Recipient] nvarchar(256) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [SentAtUtc] datetime2 NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(500) NULL,
        CONSTRAINT [PK_StaleDataReminders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StaleDataReminders_Countries_CountryId] FOREIGN KEY ([CountryId]) REFERENCES [Countries] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    CREATE INDEX [IX_ProgressReports_CarriedForwardFromId] ON [ProgressReports] ([CarriedForwardFromId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    CREATE INDEX [IX_ProgressReports_ReportingCycleId_State] ON [ProgressReports] ([ReportingCycleId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StaleDataReminders_CountryId_Part_Period_Recipient] ON [StaleDataReminders] ([CountryId], [Part], [Period], [Recipient]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    UPDATE ReviewComments SET ByReviewer = 1;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    UPDATE Principles SET ConcernsWomenEntrepreneurs = 1 WHERE LOWER(Text_En) LIKE '%women entrepreneurs%';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206210631_OasReview'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206210631_OasReview', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207023356_ReferenceDataReleases'
)
BEGIN
    ALTER TABLE [MsmeDefinitions] ADD [CheckedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207023356_ReferenceDataReleases'
)
BEGIN
    ALTER TABLE [Institutions] ADD [CheckedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207023356_ReferenceDataReleases'
)
BEGIN
    ALTER TABLE [Institutions] ADD [SourceUrl] nvarchar(2048) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207023356_ReferenceDataReleases'
)
BEGIN
    CREATE TABLE [ReferenceDataReleases] (
        [Id] nvarchar(40) NOT NULL,
        [AppliedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_ReferenceDataReleases] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207023356_ReferenceDataReleases'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207023356_ReferenceDataReleases', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207121233_ProblemReports'
)
BEGIN
    CREATE TABLE [ProblemReports] (
        [Id] int NOT NULL IDENTITY,
        [CountryId] int NOT NULL,
        [Subject] nvarchar(60) NOT NULL,
        [RecordId] int NULL,
        [IndicatorCode] nvarchar(40) NULL,
        [RecordLabel] nvarchar(300) NOT NULL,
        [Message] nvarchar(2000) NOT NULL,
        [ReporterEmail] nvarchar(256) NULL,
        [Language] nvarchar(3) NOT NULL,
        [State] nvarchar(60) NOT NULL,
        [Answer] nvarchar(4000) NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [AnsweredAtUtc] datetime2 NULL,
        [AnsweredBy] nvarchar(256) NULL,
        [ResolvedAtUtc] datetime2 NULL,
        [ResolvedBy] nvarchar(256) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ProblemReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProblemReports_Countries_CountryId] FOREIGN KEY ([CountryId]) REFERENCES [Countries] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207121233_ProblemReports'
)
BEGIN
    CREATE INDEX [IX_ProblemReports_CountryId_State] ON [ProblemReports] ([CountryId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207121233_ProblemReports'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207121233_ProblemReports', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207123714_Subscriptions'
)
BEGIN
    CREATE TABLE [Subscriptions] (
        [Id] int NOT NULL IDENTITY,
        [Email] nvarchar(256) NOT NULL,
        [Language] nvarchar(3) NOT NULL,
        [Kind] nvarchar(60) NOT NULL,
        [Key] nvarchar(40) NOT NULL,
        [Frequency] nvarchar(60) NOT NULL,
        [IsConfirmed] bit NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [ConfirmedAtUtc] datetime2 NULL,
        [DigestedUntilUtc] datetime2 NULL,
        CONSTRAINT [PK_Subscriptions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207123714_Subscriptions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Subscriptions_Email_Kind_Key] ON [Subscriptions] ([Email], [Kind], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207123714_Subscriptions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207123714_Subscriptions', N'10.0.15');
END;

COMMIT;
GO


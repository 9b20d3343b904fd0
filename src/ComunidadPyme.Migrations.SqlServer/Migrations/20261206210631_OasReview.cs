using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComunidadPyme.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OasReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProgressReports_ReportingCycleId",
                table: "ProgressReports");

            migrationBuilder.AddColumn<bool>(
                name: "ByReviewer",
                table: "ReviewComments",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "AssessedAtUtc",
                table: "ProgressReports",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessedBy",
                table: "ProgressReports",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessedLevel",
                table: "ProgressReports",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessmentRationale",
                table: "ProgressReports",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AwaitsConfirmation",
                table: "ProgressReports",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "CarriedForwardFromId",
                table: "ProgressReports",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConcernsWomenEntrepreneurs",
                table: "Principles",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "StaleDataReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CountryId = table.Column<int>(type: "int", nullable: false),
                    Part = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Period = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Recipient = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaleDataReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaleDataReminders_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_CarriedForwardFromId",
                table: "ProgressReports",
                column: "CarriedForwardFromId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_ReportingCycleId_State",
                table: "ProgressReports",
                columns: new[] { "ReportingCycleId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_StaleDataReminders_CountryId_Part_Period_Recipient",
                table: "StaleDataReminders",
                columns: new[] { "CountryId", "Part", "Period", "Recipient" },
                unique: true);

            // Until now only reviewers wrote comments (with a return or an acceptance).
            migrationBuilder.Sql("UPDATE ReviewComments SET ByReviewer = 1;");

            // The Dialogue's emphasis on women entrepreneurs, tagged where the agreed text names them (as seeded).
            migrationBuilder.Sql("UPDATE Principles SET ConcernsWomenEntrepreneurs = 1 WHERE LOWER(Text_En) LIKE '%women entrepreneurs%';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StaleDataReminders");

            migrationBuilder.DropIndex(
                name: "IX_ProgressReports_CarriedForwardFromId",
                table: "ProgressReports");

            migrationBuilder.DropIndex(
                name: "IX_ProgressReports_ReportingCycleId_State",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "ByReviewer",
                table: "ReviewComments");

            migrationBuilder.DropColumn(
                name: "AssessedAtUtc",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "AssessedBy",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "AssessedLevel",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "AssessmentRationale",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "AwaitsConfirmation",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "CarriedForwardFromId",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "ConcernsWomenEntrepreneurs",
                table: "Principles");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_ReportingCycleId",
                table: "ProgressReports",
                column: "ReportingCycleId");
        }
    }
}

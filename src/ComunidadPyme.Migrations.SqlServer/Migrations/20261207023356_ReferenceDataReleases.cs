using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComunidadPyme.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReferenceDataReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CheckedOn",
                table: "MsmeDefinitions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CheckedOn",
                table: "Institutions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceUrl",
                table: "Institutions",
                type: "nvarchar(2048)",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReferenceDataReleases",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AppliedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceDataReleases", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferenceDataReleases");

            migrationBuilder.DropColumn(
                name: "CheckedOn",
                table: "MsmeDefinitions");

            migrationBuilder.DropColumn(
                name: "CheckedOn",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "SourceUrl",
                table: "Institutions");
        }
    }
}

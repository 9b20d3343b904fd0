using System.Net;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Laws;

/// <summary>Relations between a country's laws are edited with the law and removed with it, in both directions.</summary>
public sealed class LawRelationsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ARelationAndPrinciplesAreSavedWithTheLawAndShownInItsHistory()
    {
        var target = await portal.AddLawAsync("BR", "Law being amended");
        var principleId = await portal.QueryAsync(db => db.Principles.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var form = WorkspaceForms.Law("Amending law");
        form["Form.Relations[0].Kind"] = "Amends";
        form["Form.Relations[0].TargetId"] = target.Id.ToString();
        form["Form.PrincipleIds"] = principleId.ToString();
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/laws/new", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var law = await portal.QueryAsync(db => db.LegalInstruments.AsNoTracking().Include(l => l.Outgoing).Include(l => l.Principles)
            .SingleAsync(l => l.Title.Original == "Amending law"));
        var relation = Assert.Single(law.Outgoing);
        Assert.Equal((LegalRelationKind.Amends, target.Id), (relation.Kind, relation.TargetId));
        Assert.Equal(principleId, Assert.Single(law.Principles).Id);
        var history = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/workspace/history/LegalInstrument/{law.Id}"));
        Assert.Contains($"TargetId: {target.Id}", history.QuerySelector(".history-change[data-field='Outgoing'] .new-value")!.TextContent);
    }

    [Fact]
    public async Task DeletingALawRemovesTheRelationsPointingAtIt()
    {
        var target = await portal.AddLawAsync("BR", "Law to be deleted");
        var source = await portal.AddLawAsync("BR", "Law that regulated it");
        await portal.QueryAsync(async db =>
        {
            db.LegalRelations.Add(new LegalRelation { SourceId = source.Id, TargetId = target.Id, Kind = LegalRelationKind.Regulates });
            db.LegalRelations.Add(new LegalRelation { SourceId = target.Id, TargetId = source.Id, Kind = LegalRelationKind.Amends });
            return await db.SaveChangesAsync();
        });
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var version = await portal.VersionAsync<LegalInstrument>(target.Id);
        var confirmation = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/workspace/br/laws/{target.Id}/delete"));

        var response = await client.PostFormAsync($"/en/workspace/br/laws/{target.Id}/delete", WorkspaceForms.Version(version));

        Assert.Contains("Relations with other laws that will be removed: 2.", confirmation.QuerySelector(".delete-consequences")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await portal.QueryAsync(db => db.LegalInstruments.AnyAsync(l => l.Id == target.Id)));
        Assert.False(await portal.QueryAsync(db => db.LegalRelations.AnyAsync(r => r.SourceId == target.Id || r.TargetId == target.Id)));
        Assert.True(await portal.QueryAsync(db => db.LegalInstruments.AnyAsync(l => l.Id == source.Id)));
        var sourceHistory = await portal.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "LegalInstrument" && a.EntityKey == source.Id.ToString()).OrderBy(a => a.Id).LastAsync());
        Assert.Contains(sourceHistory.Changes, c => c.Field == "Outgoing" && c.NewValue == null && c.OldValue!.Contains($"TargetId: {target.Id}"));
    }
}

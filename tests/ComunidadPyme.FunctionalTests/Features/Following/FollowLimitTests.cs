using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Web.Features.Following;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Following;

/// <summary>One client may ask to follow a limited number of times an hour; one address gets a limited number of e-mails.</summary>
public sealed class FollowLimitTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RefusesTooManyRequestsFromOneClientAndSendsAnAddressNoMoreThanItsLimit()
    {
        var client = portal.CreatePortalClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= FollowLimiter.PerClient; i++)
        {
            using var response = await client.PostFormAsync("/en/follow",
                [("Kind", "Everything"), ("Key", ""), ("Email", "flood@example.org"), ("Frequency", i % 2 == 0 ? "Weekly" : "Monthly")]);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, FollowLimiter.PerClient), HttpStatusCode.TooManyRequests], statuses);
        var folder = Path.Combine(portal.DataDirectory, "mail");
        var mails = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
        {
            mails += (await MimeKit.MimeMessage.LoadAsync(file)).To.Mailboxes.Count(m => m.Address == "flood@example.org");
        }

        Assert.Equal(FollowLimiter.PerAddress, mails);
        Assert.Equal(1, await portal.QueryAsync(db => db.Subscriptions.CountAsync(s => s.Email == "flood@example.org")));
    }
}

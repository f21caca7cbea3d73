using System.CommandLine;
using CleanFeed.Cli.Settings;
using CleanFeed.Core.Configuration;
using CleanFeed.Core.Storage;

namespace CleanFeed.Cli.Commands;

/// <summary>
/// `cleanfeed replay`: after a fix, re-drive what ended in the poison queues — store messages go
/// back on articles-to-store, poisoned raw blobs are cleaned again by `run`.
/// </summary>
public static class ReplayCommand
{
    public static Command Create()
    {
        var storage = StorageCommandHelper.StorageOption();
        var command = new Command("replay", "Re-drive poison messages and blobs after a fix") { storage };
        command.SetAction((parse, ct) =>
            StorageCommandHelper.WithStorageAsync(parse.GetValue(storage), async clients =>
            {
                var (messages, blobs) = await ReplayAsync(clients, ct);
                Console.WriteLine($"Re-queued {messages} message(s) from {clients.Names.ToStorePoisonQueue}; re-driving {blobs} raw blob(s) from {TriggerNames.BlobPoisonQueue}.");
                return 0;
            }, ct));
        return command;
    }

    public static async Task<(int Messages, int Blobs)> ReplayAsync(StorageClients clients, CancellationToken ct)
    {
        var messages = await MoveAllAsync(clients.Queue(clients.Names.ToStorePoisonQueue), clients.Queue(clients.Names.ToStoreQueue), null, ct);
        // A poisoned blob is re-driven by rewriting it: its new ETag makes the blob trigger fire again.
        var raw = clients.Container(clients.Names.RawContainer);
        var blobs = await MoveAllAsync(clients.Queue(TriggerNames.BlobPoisonQueue), null, async text =>
        {
            using var doc = System.Text.Json.JsonDocument.Parse(text);
            var name = doc.RootElement.GetProperty("BlobName").GetString()!;
            var blob = raw.GetBlobClient(name);
            var content = await blob.DownloadContentAsync(ct);
            await blob.UploadAsync(content.Value.Content, overwrite: true, ct);
        }, ct);
        return (messages, blobs);
    }

    private static async Task<int> MoveAllAsync(Azure.Storage.Queues.QueueClient from, Azure.Storage.Queues.QueueClient? to, Func<string, Task>? handle, CancellationToken ct)
    {
        await from.CreateIfNotExistsAsync(cancellationToken: ct);
        var n = 0;
        var failed = 0;
        while (true)
        {
            var batch = (await from.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1), ct)).Value;
            if (batch.Length == 0) return n;
            if (failed > 0 && batch.Length <= failed) return n;
            foreach (var m in batch)
            {
                var text = m.Body.ToString();
                try
                {
                    if (to is not null) await to.SendMessageAsync(text, ct);
                    if (handle is not null) await handle(text);
                }
                catch (Exception e) when (e is Azure.RequestFailedException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
                {
                    // One message that cannot be re-driven (its blob is gone, it is not ours) must not stop the rest;
                    // it stays in the poison queue, visible again in a minute.
                    Console.Error.WriteLine($"warning: could not re-drive a message from {from.Name}: {e.Message}");
                    failed++;
                    continue;
                }
                await from.DeleteMessageAsync(m.MessageId, m.PopReceipt, ct);
                n++;
            }
        }
    }
}

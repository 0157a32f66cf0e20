using LipSync.Sdk.Testing;

// Every emulator in one process, then an endless wait: nothing here handles Ctrl+C or SIGTERM.
await using var sync = await SyncEmulator.StartAsync();
await using var chamelaion = await ChamelaionEmulator.StartAsync();
await using var heygen = await HeyGenEmulator.StartAsync();
await using var breeze = await BreezeEmulator.StartAsync();
await using var audioSpliter = await AudioSpliterEmulator.StartAsync();

// One line the parent waits for: the addresses, so it can prove the emulators serve before it sends the signal.
Console.WriteLine(string.Join(' ', new LoopbackEmulator[] { sync, chamelaion, heygen, breeze, audioSpliter }.Select(e => e.BaseAddress)));
Console.Out.Flush();
await Task.Delay(Timeout.InfiniteTimeSpan);

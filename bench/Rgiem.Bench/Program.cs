using Rgiem.Bench;

return BenchRunner.Run(args, Console.Out, Console.Error);

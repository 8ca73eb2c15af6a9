process.stdout.write('fairdraw: under construction\n');

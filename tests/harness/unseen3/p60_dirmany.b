implement P60;
include "sys.m";
	sys: Sys;
include "draw.m";
P60: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

D: con "/tmp/unseen3-p60";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(D, Sys->OREAD, Sys->DMDIR|8r755);
	N: con 150;
	for(i := 0; i < N; i++){
		fd := sys->create(sys->sprint("%s/file%03d", D, i), Sys->OWRITE, 8r644);
		data := array[i] of {* => byte 'x'};
		sys->write(fd, data, len data);
	}
	fd := sys->open(D, Sys->OREAD);
	count := 0;
	sum := big 0;
	calls := 0;
	seen := array[N] of {* => 0};
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n < 0){
			sys->print("dirread error %r\n");
			break;
		}
		if(n == 0)
			break;
		calls++;
		for(j := 0; j < n; j++){
			count++;
			sum += d[j].length;
			k := int d[j].name[4:];
			seen[k]++;
		}
	}
	sys->print("count %d sum %bd multiple-calls %d\n", count, sum, calls > 1);
	ok := 1;
	for(i = 0; i < N; i++)
		if(seen[i] != 1)
			ok = 0;
	sys->print("all seen once %d\n", ok);
	for(i = 0; i < N; i++)
		sys->remove(sys->sprint("%s/file%03d", D, i));
	sys->print("rmdir %d\n", sys->remove(D));
}

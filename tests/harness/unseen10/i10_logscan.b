implement Logscan;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Logscan: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

LOG: con "/tmp/i10_logscan_access.log";

seed := 12345;

rnd(n: int): int
{
	seed = (seed * 1103515245 + 12345) & 16r7fffffff;
	return (seed >> 8) % n;
}

hosts := array[] of {"10.0.0.1", "10.0.0.7", "192.168.1.20", "172.16.4.4", "10.0.0.99"};
paths := array[] of {"/", "/index.html", "/about", "/api/items", "/api/login", "/img/logo.png", "/missing"};
methods := array[] of {"GET", "GET", "GET", "POST"};

generate(n: int)
{
	fd := sys->create(LOG, Sys->OWRITE, 8r600);
	if(fd == nil)
		raise "fail:cannot create log";
	b := bufio->fopen(fd, Bufio->OWRITE);
	t := 8*3600;
	for(i := 0; i < n; i++){
		t += rnd(240);
		h := hosts[rnd(len hosts)];
		p := paths[rnd(len paths)];
		m := methods[rnd(len methods)];
		st := 200;
		size := 200 + rnd(5000);
		if(p == "/missing"){
			st = 404;
			size = 0;
		}else if(p == "/api/login" && m == "POST" && rnd(3) == 0)
			st = 401;
		else if(rnd(40) == 0){
			st = 500;
			size = 0;
		}else if(p == "/img/logo.png" && rnd(2))
			st = 304;
		if(rnd(25) == 0)
			b.puts("# garbage line\n");
		b.puts(sys->sprint("%02d:%02d:%02d %s %s %s %d %d\n",
			t/3600, (t/60)%60, t%60, h, m, p, st, size));
	}
	b.close();
}

Count: adt {
	key:	string;
	n:	int;
	bytes:	big;
};

bump(l: list of ref Count, k: string, bytes: int): list of ref Count
{
	for(p := l; p != nil; p = tl p)
		if((hd p).key == k){
			(hd p).n++;
			(hd p).bytes += big bytes;
			return l;
		}
	return ref Count(k, 1, big bytes) :: l;
}

sorted(l: list of ref Count): array of ref Count
{
	n := 0;
	for(p := l; p != nil; p = tl p)
		n++;
	a := array[n] of ref Count;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	# by count descending, key ascending
	for(i = 1; i < n; i++){
		x := a[i];
		j := i;
		while(j > 0 && (a[j-1].n < x.n || (a[j-1].n == x.n && a[j-1].key > x.key))){
			a[j] = a[j-1];
			j--;
		}
		a[j] = x;
	}
	return a;
}

table(title: string, l: list of ref Count, total: int)
{
	a := sorted(l);
	sys->print("%s\n", title);
	for(i := 0; i < len a; i++)
		sys->print("  %-16s %5d %5.1f%% %9bd bytes\n", a[i].key, a[i].n,
			100.0*real a[i].n/real total, a[i].bytes);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	generate(400);

	f := bufio->open(LOG, Bufio->OREAD);
	if(f == nil)
		raise "fail:cannot open log";
	byhost, bypath, bystatus: list of ref Count;
	hours := array[24] of {* => 0};
	total := 0;
	bad := 0;
	errors := 0;
	lineno := 0;
	firstbad := -1;
	totbytes := big 0;
	first, last: string;
	while((s := f.gets('\n')) != nil){
		lineno++;
		(n, fl) := sys->tokenize(s, " \n");
		if(n != 6){
			bad++;
			if(firstbad < 0)
				firstbad = lineno;
			continue;
		}
		tm := hd fl; fl = tl fl;
		host := hd fl; fl = tl fl;
		nil = hd fl; fl = tl fl;
		path := hd fl; fl = tl fl;
		st := hd fl; fl = tl fl;
		size := int hd fl;
		if(first == nil)
			first = tm;
		last = tm;
		total++;
		totbytes += big size;
		hours[int tm[0:2]]++;
		byhost = bump(byhost, host, size);
		bypath = bump(bypath, path, size);
		bystatus = bump(bystatus, st, size);
		if(st[0] == '5')
			errors++;
	}
	sys->print("%d lines, %d requests, %d malformed (first at line %d)\n", lineno, total, bad, firstbad);
	sys->print("span %s .. %s, %bd bytes served, %d server errors\n\n", first, last, totbytes, errors);
	table("by status:", bystatus, total);
	table("by host:", byhost, total);
	table("by path:", bypath, total);
	sys->print("requests per hour:\n");
	for(h := 0; h < 24; h++){
		if(hours[h] == 0)
			continue;
		bar := "";
		for(k := 0; k < hours[h]; k += 4)
			bar += "*";
		sys->print("  %02d %3d %s\n", h, hours[h], bar);
	}
	sys->remove(LOG);
}

implement Diff;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Diff: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

OLD: con "/tmp/d26_old.txt";
NEW: con "/tmp/d26_new.txt";

oldtext := array[] of {
	"implement Hello;",
	"include \"sys.m\";",
	"include \"draw.m\";",
	"Hello: module {",
	"	init: fn(c: ref Draw->Context, a: list of string);",
	"};",
	"init(c: ref Draw->Context, a: list of string)",
	"{",
	"	sys := load Sys Sys->PATH;",
	"	sys->print(\"hello\\n\");",
	"}",
};

newtext := array[] of {
	"implement Hello;",
	"",
	"include \"sys.m\";",
	"include \"draw.m\";",
	"Hello: module {",
	"	init: fn(c: ref Draw->Context, a: list of string);",
	"};",
	"init(nil: ref Draw->Context, a: list of string)",
	"{",
	"	sys := load Sys Sys->PATH;",
	"	for(; a != nil; a = tl a)",
	"		sys->print(\"hello %s\\n\", hd a);",
	"}",
};

writelines(path: string, lines: array of string)
{
	b := bufio->create(path, Bufio->OWRITE, 8r644);
	for(i := 0; i < len lines; i++){
		b.puts(lines[i]);
		b.putc('\n');
	}
	b.close();
}

readlines(path: string): array of string
{
	b := bufio->open(path, Bufio->OREAD);
	if(b == nil)
		return nil;
	l: list of string;
	n := 0;
	while((s := b.gets('\n')) != nil){
		if(s[len s - 1] == '\n')
			s = s[0:len s - 1];
		l = s :: l;
		n++;
	}
	b.close();
	a := array[n] of string;
	for(i := n-1; i >= 0; i--){
		a[i] = hd l;
		l = tl l;
	}
	return a;
}

range(a, b: int): string
{
	if(a == b)
		return string a;
	return sys->sprint("%d,%d", a, b);
}

diff(a, b: array of string): int
{
	n := len a;
	m := len b;
	# lcs[i][j] = LCS length of a[i:], b[j:]
	lcs := array[n+1] of array of int;
	for(i := 0; i <= n; i++)
		lcs[i] = array[m+1] of {* => 0};
	j: int;
	for(i = n-1; i >= 0; i--)
		for(j = m-1; j >= 0; j--)
			if(a[i] == b[j])
				lcs[i][j] = lcs[i+1][j+1] + 1;
			else if(lcs[i+1][j] >= lcs[i][j+1])
				lcs[i][j] = lcs[i+1][j];
			else
				lcs[i][j] = lcs[i][j+1];
	sys->print("common lines: %d of %d/%d\n", lcs[0][0], n, m);
	hunks := 0;
	i = 0;
	j = 0;
	while(i < n || j < m){
		if(i < n && j < m && a[i] == b[j]){
			i++;
			j++;
			continue;
		}
		# collect a hunk
		i0 := i;
		j0 := j;
		while(i < n || j < m){
			if(i < n && j < m && a[i] == b[j])
				break;
			if(j >= m || i < n && lcs[i+1][j] >= lcs[i][j+1])
				i++;
			else
				j++;
		}
		hunks++;
		if(i == i0)
			sys->print("%da%s\n", i0, range(j0+1, j));
		else if(j == j0)
			sys->print("%sd%d\n", range(i0+1, i), j0);
		else
			sys->print("%sc%s\n", range(i0+1, i), range(j0+1, j));
		for(k := i0; k < i; k++)
			sys->print("< %s\n", a[k]);
		if(i > i0 && j > j0)
			sys->print("---\n");
		for(k = j0; k < j; k++)
			sys->print("> %s\n", b[k]);
	}
	return hunks;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	writelines(OLD, oldtext);
	writelines(NEW, newtext);
	a := readlines(OLD);
	b := readlines(NEW);
	sys->print("diff old new\n");
	h := diff(a, b);
	sys->print("%d hunks\n\ndiff new old\n", h);
	h = diff(b, a);
	sys->print("%d hunks\n\ndiff old old\n", h);
	h = diff(a, a);
	sys->print("%d hunks\n\ndiff old empty\n", h);
	h = diff(a[0:3], array[0] of string);
	sys->print("%d hunks\n", h);
	sys->remove(OLD);
	sys->remove(NEW);
}

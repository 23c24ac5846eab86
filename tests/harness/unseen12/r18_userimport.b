implement UserImport;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

UserImport: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

PASSWD := "root:x:0:0:Super User:/:/dis/sh\n" +
	"glenda:x:1001:100:Glenda Bunny:/usr/glenda:/dis/sh\n" +
	"rob:x:1002:100:Rob:/usr/rob:/dis/rc\n" +
	"# a comment line\n" +
	"ken:x:1003:100::/usr/ken:/dis/sh\n" +
	"bad:x:12x:100:Bad Uid:/usr/bad:/dis/sh\n" +
	"short:x:1004\n" +
	"dmr:x:1004:100:Dennis:/usr/dmr:/dis/sh\n" +
	"imposter:x:1002:100:Not Rob:/usr/imp:/dis/sh\n" +
	"late:x:1005:100:Never Seen:/usr/late:/dis/sh\n";

User: adt {
	name:	string;
	uid, gid:	int;
	gecos, home, shell:	string;
};

warn(lineno: int, msg: string)
{
	sys->fprint(sys->fildes(2), "passwd:%d: %s\n", lineno, msg);
}

# split on ':' keeping empty fields (tokenize would drop them)
fields(s: string): array of string
{
	n := 1;
	for(i := 0; i < len s; i++)
		if(s[i] == ':')
			n++;
	a := array[n] of string;
	for(i = 0; i < n; i++){
		(f, rest) := str->splitl(s, ":");
		a[i] = f;
		if(rest != nil)
			s = rest[1:];
	}
	return a;
}

parse(line: string, lineno: int): ref User
{
	f := fields(line);
	if(len f != 7){
		warn(lineno, sys->sprint("%d fields, want 7", len f));
		return nil;
	}
	(uid, r1) := str->toint(f[2], 10);
	(gid, r2) := str->toint(f[3], 10);
	if(r1 != nil || r2 != nil){
		warn(lineno, "non-numeric id in " + f[0]);
		return nil;
	}
	if(f[4] == nil)
		f[4] = f[0];
	return ref User(f[0], uid, gid, f[4], f[5], f[6]);
}

# list elements are values, so counting means rebuilding the list
bump(l: list of (string, int), key: string): list of (string, int)
{
	if(l == nil)
		return (key, 1) :: nil;
	(k, n) := hd l;
	if(k == key)
		return (k, n+1) :: tl l;
	return hd l :: bump(tl l, key);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;

	byuid := array[16] of list of ref User;
	b := bufio->sopen(PASSWD);
	lineno := 0;
	imported := 0;
	shells: list of (string, int);
	while((line := b.gets('\n')) != nil){
		lineno++;
		line = line[0:len line-1];
		if(str->prefix("#", line))
			continue;
		u := parse(line, lineno);
		if(u == nil)
			continue;
		h := u.uid % len byuid;
		for(l := byuid[h]; l != nil; l = tl l)
			if((hd l).uid == u.uid){
				sys->print("imported %d users before the conflict\n", imported);
				for(s := shells; s != nil; s = tl s)
					sys->print("  shell %s used by %d\n", (hd s).t0, (hd s).t1);
				# a clash means the source file is corrupt: give up
				raise sys->sprint("fail:duplicate uid %d (%s and %s)", u.uid, (hd l).name, u.name);
			}
		byuid[h] = u :: byuid[h];
		imported++;
		sys->print("%-8s uid %4d gid %3d  %-14s %s\n", u.name, u.uid, u.gid, u.gecos, u.home);
		shells = bump(shells, u.shell);
	}
	sys->print("%d users\n", imported);
}

implement Kchdir;

include "sys.m";
	sys: Sys;
include "draw.m";

Kchdir: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k21_chdir";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(ROOT, Sys->OREAD, Sys->DMDIR|8r755);
	cd(ROOT);

	# build everything with relative names
	mkdir("usr");
	mkdir("usr/glenda");
	mkdir("usr/glenda/lib");
	mkdir("etc");
	put("etc/motd", "welcome\n");
	put("usr/glenda/profile", "bind -a $home/bin /bin\n");
	pwd();

	cd("usr/glenda");
	pwd();
	sys->print("profile: %s", get("profile"));
	sys->print("../../etc/motd: %s", get("../../etc/motd"));
	put("lib/plumbing", "# rules\n");

	cd("lib");
	pwd();
	sys->print("plumbing: %s", get("plumbing"));
	cd("../../..");
	pwd();
	cd("etc/../usr/./glenda/lib/..");
	pwd();

	# failures leave the current directory alone
	cd("nonexistent");
	cd("profile");
	pwd();

	# a child sharing our namespace moves our dot too
	done := chan of int;
	spawn wander("lib", 0, done);
	<-done;
	sys->print("parent after sharing child: ");
	pwd();
	# a child with a forked namespace does not
	spawn wander("/tmp", 1, done);
	<-done;
	sys->print("parent after forking child: ");
	pwd();

	cd(ROOT);
	sys->remove("usr/glenda/lib/plumbing");
	sys->remove("usr/glenda/lib");
	sys->remove("usr/glenda/profile");
	sys->remove("usr/glenda");
	sys->remove("usr");
	sys->remove("etc/motd");
	sys->remove("etc");
	cd("..");
	if(sys->remove("k21_chdir") < 0)
		sys->print("final remove: %r\n");
	else
		sys->print("removed the tree using relative names\n");
}

wander(dir: string, fork: int, done: chan of int)
{
	if(fork)
		sys->pctl(Sys->FORKNS, nil);
	cd(dir);
	sys->print("child (fork=%d) now at: ", fork);
	pwd();
	done <-= 1;
}

cd(d: string)
{
	if(sys->chdir(d) < 0)
		sys->print("cd %s: %r\n", d);
}

pwd()
{
	fd := sys->open(".", Sys->OREAD);
	p := sys->fd2path(fd);
	if(p == ROOT)
		p = "~";
	else if(len p > len ROOT && p[0:len ROOT+1] == ROOT+"/")
		p = "~/" + p[len ROOT+1:];
	sys->print("pwd: %s\n", p);
}

mkdir(d: string)
{
	if(sys->create(d, Sys->OREAD, Sys->DMDIR|8r755) == nil)
		sys->print("mkdir %s: %r\n", d);
}

put(f, s: string)
{
	fd := sys->create(f, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->print("create %s: %r\n", f);
		return;
	}
	sys->fprint(fd, "%s", s);
}

get(f: string): string
{
	fd := sys->open(f, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("<%r>\n");
	b := array[128] of byte;
	n := sys->read(fd, b, len b);
	return string b[0:n];
}

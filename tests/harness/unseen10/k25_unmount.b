implement Kunmount;

include "sys.m";
	sys: Sys;
include "draw.m";

Kunmount: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k25_unmount";
NV: con 4;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->pctl(Sys->FORKNS, nil);
	sys->create(ROOT, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(ROOT+"/view", Sys->OREAD, Sys->DMDIR|8r755);
	# version i provides config (all versions) and feature<i>
	for(i := 1; i <= NV; i++){
		v := ROOT + "/v" + string i;
		sys->create(v, Sys->OREAD, Sys->DMDIR|8r755);
		write(v+"/config", sys->sprint("version=%d", i));
		write(v+"/feature"+string i, sys->sprint("added in v%d", i));
	}

	# overlay the versions, newest in front
	for(i = 1; i <= NV; i++){
		flag := Sys->MBEFORE;
		if(i == 1)
			flag = Sys->MREPL;
		if(sys->bind(ROOT+"/v"+string i, ROOT+"/view", flag) < 0)
			sys->print("bind v%d: %r\n", i);
	}
	state("all four layered");

	# peel layers off in a scrambled order
	order := array[] of {3, 4, 3, 1};
	for(k := 0; k < len order; k++){
		src := ROOT+"/v"+string order[k];
		if(sys->unmount(src, ROOT+"/view") < 0)
			sys->print("unmount v%d: %r\n", order[k]);
		else
			state(sys->sprint("v%d unmounted", order[k]));
	}

	# put two back and drop everything at once
	sys->bind(ROOT+"/v1", ROOT+"/view", Sys->MAFTER);
	sys->bind(ROOT+"/v3", ROOT+"/view", Sys->MAFTER);
	state("v1 and v3 appended after v2");
	sys->unmount(nil, ROOT+"/view");
	state("unmount everything");

	for(i = 1; i <= NV; i++){
		v := ROOT + "/v" + string i;
		sys->remove(v+"/config");
		sys->remove(v+"/feature"+string i);
		sys->remove(v);
	}
	sys->remove(ROOT+"/view");
	sys->remove(ROOT);
	(ok, nil) := sys->stat(ROOT);
	sys->print("all removed: %d\n", ok < 0);
}

write(f, s: string)
{
	fd := sys->create(f, Sys->OWRITE, 8r644);
	sys->fprint(fd, "%s", s);
}

state(title: string)
{
	cfg := "none";
	fd := sys->open(ROOT+"/view/config", Sys->OREAD);
	if(fd != nil){
		b := array[32] of byte;
		n := sys->read(fd, b, len b);
		cfg = string b[0:n];
	}
	feats := "";
	for(i := 1; i <= NV; i++){
		(ok, nil) := sys->stat(ROOT+"/view/feature"+string i);
		if(ok >= 0)
			feats += " " + string i;
	}
	if(feats == "")
		feats = " none";
	sys->print("%-30s config: %-10s features:%s\n", title, cfg, feats);
}
